/**
 * Scenario fragments several lessons start from. They are the lessons' own copies (not the
 * app's opening example), so a change to the example never silently changes a lesson.
 */

export const PYTHON_DOCKERFILE = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

export const MAIN_PY = `from flask import Flask
app = Flask(__name__)

@app.route("/")
def hello():
    return "Hello from Layercake!"

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
`;

/** Writes a file with a quoted heredoc (nothing in the text is expanded). */
export function writeFile(path: string, text: string): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `cat > ${path} <<'EOF'\n${body}EOF\n`;
}

/** The Python web app's files (Dockerfile, requirements.txt, main.py), not built. */
export const PYTHON_APP_FILES =
  writeFile('Dockerfile', PYTHON_DOCKERFILE) +
  'echo flask > requirements.txt\n' +
  writeFile('main.py', MAIN_PY);

/** The Python web app, built as `app`. */
export const PYTHON_APP_BUILT = `${PYTHON_APP_FILES}docker build -t app .\n`;

export const HELLO_GO = `package main

import "fmt"

func main() {
	fmt.Println("Hello from a tiny image!")
}
`;

export const GO_MOD = `module example.com/hello

go 1.25
`;

export const GO_SINGLE_STAGE = `FROM golang:1.25
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/hello .
CMD ["hello"]
`;

/** A Go program built the simple way: the whole toolchain ships in the image `hello`. */
export const GO_APP_BUILT =
  writeFile('main.go', HELLO_GO) +
  writeFile('go.mod', GO_MOD) +
  writeFile('Dockerfile', GO_SINGLE_STAGE) +
  'docker build -t hello .\n';
