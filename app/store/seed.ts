/**
 * The opening example (the seed article's): a Python web app's Dockerfile and its build
 * context, built once, so the first screen already shows layers. It runs as a scenario
 * through the session on a first visit; `SEED_FILES` lets the editor show the text at first
 * paint, before the engine has loaded.
 */

export const SEED_DOCKERFILE = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

export const SEED_MAIN_PY = `from flask import Flask
app = Flask(__name__)

@app.route("/")
def hello():
    return "Hello from Layercake!"

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
`;

export const SEED_FILES: Readonly<Record<string, string>> = {
  Dockerfile: SEED_DOCKERFILE,
  'main.py': SEED_MAIN_PY,
  'requirements.txt': 'flask\n',
};

/** The build command the Build button types (the tag the lessons and views expect). */
export const BUILD_COMMAND = 'docker build -t app .';

export const SEED_SCENARIO = `cat > Dockerfile <<'EOF'
${SEED_DOCKERFILE}EOF
echo flask > requirements.txt
cat > main.py <<'EOF'
${SEED_MAIN_PY}EOF
${BUILD_COMMAND}
`;
