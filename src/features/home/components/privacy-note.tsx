export function PrivacyNote() {
  return (
    <section className="home-section card privacy-note" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Private by design</h2>
      <p>
        There is no account, no tracking and no server that sees your answers. They are saved only
        in this browser, so you can close the tab and carry on later, or clear them at any time.
        Once loaded, Pathfinder also works offline.
      </p>
    </section>
  );
}
