/* alphanode reading aids, loaded after the vendored highlight.js (static/vendor/highlight).
   Without JavaScript code blocks stay plain, readable text; with it, fenced code whose language
   highlight.js knows is highlighted, and every code block gets a copy button. */
(function () {
  "use strict";

  var LANGUAGE = /(?:^|\s)language-([A-Za-z0-9_+#.-]+)/;

  function highlight(code) {
    var language = LANGUAGE.exec(code.className);
    if (window.hljs && language && window.hljs.getLanguage(language[1])) {
      window.hljs.highlightElement(code);
    }
  }

  function say(button, text) {
    button.textContent = text;
    window.setTimeout(function () { button.textContent = "Copy"; }, 2000);
  }

  function addCopyButton(pre, code) {
    var block = document.createElement("div");
    block.className = "code-block";
    pre.parentNode.insertBefore(block, pre);
    block.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-code";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", function () {
      if (!navigator.clipboard) {
        say(button, "Copy failed");
        return;
      }
      navigator.clipboard.writeText(code.textContent).then(function () {
        say(button, "Copied");
      }, function () {
        say(button, "Copy failed");
      });
    });
    block.appendChild(button);
  }

  // A block that scrolls sideways takes keyboard focus, so arrow keys can scroll it.
  function focusableWhenScrolling(pre) {
    if (pre.scrollWidth > pre.clientWidth) {
      pre.tabIndex = 0;
    } else {
      pre.removeAttribute("tabindex");
    }
  }

  var blocks = [];
  document.querySelectorAll("pre > code").forEach(function (code) {
    highlight(code);
    addCopyButton(code.parentNode, code);
    blocks.push(code.parentNode);
  });
  blocks.forEach(focusableWhenScrolling);
  window.addEventListener("resize", function () { blocks.forEach(focusableWhenScrolling); });
})();
