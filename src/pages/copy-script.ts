/**
 * `/copy.js`, the site's only script: it shows the buttons next to feed
 * addresses and copies an address when one is pressed. Pages work without it.
 */
export const COPY_SCRIPT = `for (const button of document.querySelectorAll("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      button.textContent = button.dataset.done;
    } catch {
      button.hidden = true;
    }
  });
}
`;
