/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

/**
 * Runs in the page (`page.evaluate(paintedAfterNextClick, selector)`): the milliseconds from the next click's event
 * to the first frame painted with an element matching `selector` that was not in the document at the click (so a
 * page that replaces its charts is timed until the new ones are drawn).
 *
 * Timed in the page, because the harness's own figure includes Playwright's actionability checks and round trips to
 * the browser, and its `expect` polls at 100, 250, 500 ms..., which rounds a figure up to its next retry.
 * Self-contained: Playwright sends it to the page as source.
 */
export function paintedAfterNextClick(selector: string): Promise<number> {
  return new Promise<number>((resolve) => {
    let clickedAt = 0;
    let before = new Set<Element>();
    const onClick = () => {
      clickedAt = performance.now();
      before = new Set(document.querySelectorAll(selector));
    };
    document.addEventListener('click', onClick, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (clickedAt === 0) return;
      if (![...document.querySelectorAll(selector)].some((element) => !before.has(element))) return;
      observer.disconnect();
      // A frame's callbacks run before its paint; the task queued from one runs once that frame is on screen.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}
