// One page of the document's PDF, drawn by pdf.js on a canvas, with boxes laid over it. The
// boxes come in PDF points with the origin at the page's bottom-left (PdfPig's coordinates);
// pdf.js's viewport turns them into the canvas's CSS pixels.
import * as pdfjs from '/lib/pdf.min.mjs';
import { byId, el, fill } from './dom.js';

pdfjs.GlobalWorkerOptions.workerSrc = '/lib/pdf.worker.min.mjs';

export class PdfView {
  #pdf = null;
  #pageNumber = 0;
  #boxes = [];
  #task = null;
  #drawn = 0;

  constructor() {
    this.frame = byId('page-frame');
    this.canvas = byId('canvas');
    this.message = byId('page-message');
    this.label = byId('page-label');
    byId('page-prev').addEventListener('click', () => this.show(this.#pageNumber - 1, this.#boxes));
    byId('page-next').addEventListener('click', () => this.show(this.#pageNumber + 1, this.#boxes));
    let resize = 0;
    new ResizeObserver(() => {
      clearTimeout(resize);
      resize = setTimeout(() => this.#draw(), 150);
    }).observe(byId('page'));
  }

  get pageCount() {
    return this.#pdf?.numPages ?? 0;
  }

  /** Loads the PDF; on failure shows the server's one line in place of the page and resolves to false. */
  async load(url) {
    const response = await fetch(url);
    if (!response.ok) {
      let line = `${response.status} ${response.statusText}`;
      try {
        line = (await response.json()).error ?? line;
      } catch { /* not JSON */ }
      this.#fail(`The PDF cannot be shown: ${line}`);
      return false;
    }
    try {
      const data = new Uint8Array(await response.arrayBuffer());
      this.#pdf = await pdfjs.getDocument({ data, enableXfa: false }).promise;
      return true;
    } catch (error) {
      this.#fail(`The PDF cannot be shown: ${error.message}`);
      return false;
    }
  }

  /** Shows page n (1-based) with the boxes [{left, bottom, right, top}] highlighted. */
  async show(n, boxes = []) {
    if (!this.#pdf) return;
    this.#pageNumber = Math.max(1, Math.min(this.#pdf.numPages, n));
    this.#boxes = boxes;
    this.label.textContent = `Page ${this.#pageNumber} of ${this.#pdf.numPages}`;
    await this.#draw();
  }

  async #draw() {
    if (!this.#pdf || !this.#pageNumber) return;
    const drawing = ++this.#drawn;
    const page = await this.#pdf.getPage(this.#pageNumber);
    const width = Math.max(200, byId('page').clientWidth - 32);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / unscaled.width });
    const ratio = window.devicePixelRatio || 1;
    this.#task?.cancel();
    this.canvas.width = Math.floor(viewport.width * ratio);
    this.canvas.height = Math.floor(viewport.height * ratio);
    this.canvas.style.width = `${Math.floor(viewport.width)}px`;
    this.canvas.style.height = `${Math.floor(viewport.height)}px`;
    this.frame.style.width = this.canvas.style.width;
    this.#task = page.render({ canvas: this.canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    try {
      await this.#task.promise;
    } catch (error) {
      if (error?.name === 'RenderingCancelledException') return;
      throw error;
    }
    if (drawing !== this.#drawn) return;
    this.frame.dataset.rendered = String(this.#pageNumber);
    this.#highlight(viewport);
  }

  #highlight(viewport) {
    const marks = this.#boxes.map((box) => {
      const [x1, y1] = viewport.convertToViewportPoint(box.left, box.bottom);
      const [x2, y2] = viewport.convertToViewportPoint(box.right, box.top);
      const pad = 3;
      const mark = el('div', { className: 'highlight' });
      mark.style.left = `${Math.min(x1, x2) - pad}px`;
      mark.style.top = `${Math.min(y1, y2) - pad}px`;
      mark.style.width = `${Math.abs(x2 - x1) + 2 * pad}px`;
      mark.style.height = `${Math.abs(y2 - y1) + 2 * pad}px`;
      return mark;
    });
    fill(this.frame, this.canvas, marks);
    // Bring the first box to the middle of the page pane (only that pane scrolls).
    if (marks[0]) {
      const pane = byId('page');
      pane.scrollTop = Math.max(0, this.frame.offsetTop + parseFloat(marks[0].style.top) - pane.clientHeight / 2);
    }
  }

  #fail(message) {
    this.frame.hidden = true;
    this.message.hidden = false;
    this.message.textContent = message;
    this.label.textContent = 'No page';
  }
}
