/**
 * The 30-instruction Dockerfile whose build animation the bench watches: the seed's six
 * instructions with twelve RUN/ENV pairs between them, so the rebuild reuses the first five
 * steps and animates 25 new ones (twelve filesystem layers among them).
 */
const pairs = Array.from({ length: 12 }, (_, i) => [
  `RUN echo "step ${i + 1}" > /app/step-${i + 1}.txt`,
  `ENV STEP_${i + 1}=done`,
]).flat();

export const DOCKERFILE_30 = [
  'FROM python:3.14-slim',
  'WORKDIR /app',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
  'COPY . .',
  ...pairs,
  'CMD ["python", "main.py"]',
].join('\n');

/** Text only the last built layer of DOCKERFILE_30 has. */
export const LAST_LAYER_TEXT = '/app/step-12.txt';
