import type { OwnRow } from '../editor-link';

/** The seed image's own history rows as BuildKit records them (for the editor-link tests). */
export const SEED_ROWS: OwnRow[] = [
  'WORKDIR /app',
  'COPY requirements.txt . # buildkit',
  'RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit',
  'COPY . . # buildkit',
  'CMD ["python" "main.py"]',
].map((createdBy, i) => ({ historyIndex: 10 + i, createdBy }));
