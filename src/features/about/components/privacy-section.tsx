export function PrivacySection() {
  return (
    <section className="card about-section" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p>
        Pathfinder has no server-side code, no accounts, no analytics and no third-party requests.
        Your answers and preferences are stored in this browser’s local storage and are used only on
        this device. A share link carries your answers after the “#” in its address, the part
        browsers never send to a server.
      </p>
    </section>
  );
}
