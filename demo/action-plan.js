// The demo page's own script, as a host's would be: it reads the worked example (shipped in the
// package as self-harm-guidance/examples/gloucestershire-action-plan.json) from this site and
// gives it to the element. The element itself requests nothing; a host may instead paste the
// JSON into a <script type="application/json"> inside the element.
const response = await fetch('../content/en/examples/gloucestershire-action-plan.json');
document.getElementById('gloucestershire').plan = await response.text();
