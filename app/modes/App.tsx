export function App() {
  return (
    <main>
      <h1>Layercake</h1>
    </main>
  );
}
