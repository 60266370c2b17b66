/* PCU Academy's own H5P content type: one question, several answers, one pick.
   After the check it shows the verdict and the chosen answer's feedback (why
   it is right or wrong). Emits xAPI "answered" and then "completed" with the
   score; keeps the pick in its resume state. */
var H5P = window.H5P = window.H5P || {};
var PCU = window.PCU = window.PCU || {};
// H5P core finds the constructor by the machine name (window.PCU.SelectionCheck);
// older cores look it up on H5P by the name's last part.
PCU.SelectionCheck = H5P.SelectionCheck = (function () {
  "use strict";

  function SelectionCheck(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
    this.l10n = Object.assign(
      { check: "Check", retry: "Retry", correct: "Correct.", wrong: "Not correct." },
      this.params.l10n || {}
    );
    var previous = (extras && extras.previousState) || {};
    this.selected = typeof previous.selected === "number" ? previous.selected : null;
    this.checked = previous.checked === true;
  }

  SelectionCheck.prototype = Object.create(H5P.EventDispatcher.prototype);
  SelectionCheck.prototype.constructor = SelectionCheck;

  SelectionCheck.prototype.getMaxScore = function () {
    return 1;
  };

  SelectionCheck.prototype.getScore = function () {
    var answers = this.params.answers || [];
    var pick = answers[this.selected];
    return pick && pick.correct ? 1 : 0;
  };

  SelectionCheck.prototype.getCurrentState = function () {
    return { selected: this.selected, checked: this.checked };
  };

  SelectionCheck.prototype.attach = function ($container) {
    var self = this;
    var root = $container.get(0);
    root.classList.add("pcu-selection-check");
    root.textContent = "";
    // A plain element, not a form: sandboxed players may not submit forms.
    var form = document.createElement("div");
    var fieldset = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = this.params.question || "";
    fieldset.appendChild(legend);
    var name = "pcu-selection-" + this.contentId;
    (this.params.answers || []).forEach(function (answer, index) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.value = String(index);
      input.checked = self.selected === index;
      input.addEventListener("change", function () {
        self.selected = index;
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + (answer.text || "")));
      fieldset.appendChild(label);
    });
    form.appendChild(fieldset);

    var check = document.createElement("button");
    check.type = "button";
    check.className = "pcu-check";
    check.textContent = this.l10n.check;
    var retry = document.createElement("button");
    retry.type = "button";
    retry.className = "pcu-retry";
    retry.textContent = this.l10n.retry;
    // The verdict, then the author's explanation of the chosen answer.
    var status = document.createElement("div");
    status.setAttribute("role", "status");
    var feedback = document.createElement("p");
    feedback.className = "pcu-feedback";
    var explanation = document.createElement("p");
    explanation.className = "pcu-answer-feedback";
    explanation.hidden = true;
    status.appendChild(feedback);
    status.appendChild(explanation);
    form.appendChild(check);
    form.appendChild(retry);
    form.appendChild(status);
    root.appendChild(form);

    function showResult() {
      feedback.textContent = self.getScore() === 1 ? self.l10n.correct : self.l10n.wrong;
      var pick = (self.params.answers || [])[self.selected];
      var why = pick && typeof pick.feedback === "string" ? pick.feedback : "";
      explanation.textContent = why;
      explanation.hidden = !why;
      check.disabled = true;
      retry.hidden = false;
    }

    retry.hidden = !this.checked;
    if (this.checked) {
      showResult();
    }

    check.addEventListener("click", function () {
      if (self.selected === null) {
        return;
      }
      self.checked = true;
      showResult();
      self.triggerXAPIScored(self.getScore(), self.getMaxScore(), "answered");
      self.triggerXAPIScored(self.getScore(), self.getMaxScore(), "completed");
    });

    retry.addEventListener("click", function () {
      self.selected = null;
      self.checked = false;
      self.attach($container);
    });

    this.trigger("resize");
  };

  return SelectionCheck;
})();
