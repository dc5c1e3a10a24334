/**
 * The scenario the presentation opens with when no link is given: DESIGN.md's example,
 * from an empty laptop to a container that has written its first file.
 */
import { SEED_SCENARIO } from '../../store/seed';

export const DEFAULT_PRESENTATION = `${SEED_SCENARIO}docker run -d --name web app
docker exec web sh -c 'echo "hello" > /tmp/test.txt'
docker diff web
docker run -d --name worker app
docker rm -f web
`;
