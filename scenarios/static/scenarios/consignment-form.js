// The party lists offer the parties of the consignment's scenario only. On
// the add page, choosing the scenario reloads the page for it (?scenario=)
// so that its parties are offered: the scenario is the form's first field,
// so nothing typed is lost.
document.addEventListener("change", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.name !== "scenario" || !input.value) {
    return;
  }
  const parties = input.form && input.form.querySelector("select[data-party-scenario]");
  if (!parties || parties.dataset.partyScenario === input.value || parties.dataset.partyScenario !== "") {
    return;
  }
  const url = new URL(window.location.href);
  url.searchParams.set("scenario", input.value);
  window.location.assign(url.toString());
});
