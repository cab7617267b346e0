const STEPS = [
  {
    title: 'Rate your skills',
    text: 'Answer one question per skill, from “not yet” to “expert”, each with a concrete example of what that level looks like. The quick mode picks the questions that matter most and stops once your top five is settled.',
  },
  {
    title: 'See roles ranked, with reasons',
    text: 'Every score breaks down skill by skill, so you can see which strengths carry a role and which gaps hold it back.',
  },
  {
    title: 'Plan the next step',
    text: 'Try “what if I improved this skill?”, compare two roles side by side, and find a route from where you are to the role you want.',
  },
];

export function HowItWorks() {
  return (
    <section className="home-section" aria-labelledby="how-title">
      <h2 id="how-title">How it works</h2>
      <ol className="steps">
        {STEPS.map((step) => (
          <li key={step.title} className="card step">
            <h3>{step.title}</h3>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
