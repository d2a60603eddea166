// sitrep serve: corrections, verdicts and undo sent as JSON to the API (the network's slider is in bundle/network.js).
// No data is ever put into the page as markup here: messages are set with textContent.
"use strict";

function remember(form) {
  const author = form.querySelector("input[name=author]");
  if (author && author.value) {
    try { localStorage.setItem("sitrep-author", author.value); } catch (e) { /* storage refused */ }
  }
}

function fillAuthors() {
  let known = "";
  try { known = localStorage.getItem("sitrep-author") || ""; } catch (e) { known = ""; }
  for (const input of document.querySelectorAll("input.author")) {
    if (!input.value) { input.value = known; }
  }
}

async function send(form, url, body) {
  const out = form.querySelector("output");
  out.textContent = "…";
  const response = await fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: {"Content-Type": "application/json", "Accept": "application/json"},
    body: JSON.stringify(body),
  });
  let answer = {};
  try { answer = await response.json(); } catch (e) { answer = {}; }
  if (!response.ok) {
    const detail = typeof answer.detail === "string" ? answer.detail : JSON.stringify(answer.detail || answer);
    out.textContent = "refused: " + detail;
    out.className = "error";
    return null;
  }
  out.textContent = "done";
  out.className = "ok";
  return answer;
}

function correctionBody(form) {
  const body = {action: form.dataset.action};
  for (const [key, value] of new FormData(form).entries()) {
    if (key === "force") { body.force = true; } else if (value !== "") { body[key] = value; }
  }
  return body;
}

function wire() {
  fillAuthors();
  for (const form of document.querySelectorAll("form.correction")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      remember(form);
      const done = await send(form, "/api/v1/corrections", correctionBody(form));
      if (done) {
        const keep = done.keep || done.entity;
        window.location.assign(keep ? "/entity/" + encodeURIComponent(keep) : window.location.href);
      }
    });
  }
  for (const form of document.querySelectorAll("form.undo")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      remember(form);
      const author = form.querySelector("input[name=author]").value;
      const url = "/api/v1/corrections/" + encodeURIComponent(form.dataset.id) + "/undo";
      if (await send(form, url, {author: author})) { window.location.reload(); }
    });
  }
  const focus = document.querySelector("mark.focus");
  if (focus) { focus.scrollIntoView({block: "center"}); }
}

// Confirm or reject an event or a relation (POST /api/v1/events|relations/ID/verdict); the page then reloads.
function wireVerdicts() {
  for (const form of document.querySelectorAll("form.verdict-form")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      remember(form);
      const kind = form.dataset.kind === "relation" ? "relations" : "events";
      const url = "/api/v1/" + kind + "/" + encodeURIComponent(form.dataset.id) + "/verdict";
      const verdict = event.submitter ? event.submitter.value : "";
      const body = {verdict: verdict, author: form.querySelector("input[name=author]").value};
      const note = form.querySelector("input[name=note]");
      if (note && note.value) { body.note = note.value; }
      if (await send(form, url, body)) { window.location.reload(); }
    });
  }
}

document.addEventListener("DOMContentLoaded", wire);
document.addEventListener("DOMContentLoaded", wireVerdicts);
