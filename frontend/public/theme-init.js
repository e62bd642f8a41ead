// Picks the page's theme before the body is parsed (index.html loads it right
// after theme.css, which the server writes from config.toml's [theme]; the
// stylesheet holds this script back until it is read, so the first paint is
// already right). `--st-theme-mode` there is `switch` when the viewer may
// choose (their choice, kept as Streamlit 1.67 keeps it in localStorage, or
// else the system's preference) or `light`/`dark` for a single custom theme.
// frontend/src/theme/activeTheme.ts takes over from here.
(function () {
  var root = document.documentElement;
  var mode = getComputedStyle(root).getPropertyValue("--st-theme-mode").trim();
  var fixed = mode === "light" || mode === "dark";
  var theme = mode;
  if (!fixed) {
    var choice = null;
    try {
      choice = JSON.parse(window.localStorage.getItem("stActiveTheme-" + window.location.pathname + "-v2") || "null");
    } catch (e) {
      choice = null;
    }
    var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
    theme = choice === "Light" ? "light" : choice === "Dark" ? "dark" : dark ? "dark" : "light";
  }
  root.setAttribute("data-theme", theme);
  root.setAttribute("data-theme-mode", fixed ? "fixed" : "switch");
})();
