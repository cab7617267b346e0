// Placeholder: replaced by the issue that builds this page.
export function Component() {
  return (
    <section className="page">
      <h1>Results</h1>
      <p>This page is being built.</p>
    </section>
  );
}
