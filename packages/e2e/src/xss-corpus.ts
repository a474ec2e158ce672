// A corpus of script-injection payloads: classic vectors, each in several encodings. When a payload runs it
// sets `window.__sdmXss` (or calls alert/confirm/prompt, which the tests replace with the same flag).

const RUN = 'window.__sdmXss=1';

const vectors: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}>`,
  `<svg onload="${RUN}">`,
  `<svg/onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="0" y="10">x</text></a></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">click me</a>`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${RUN}</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19zZG1Yc3M9MTwvc2NyaXB0Pg==',
  `<body onload=${RUN}>`,
  `<div onmouseover="${RUN}">hover</div>`,
  `<input autofocus onfocus=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<marquee onstart=${RUN}>x</marquee>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</textarea><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<img src="x" onerror="&#119;indow.__sdmXss=1">`,
  `<a href="&#106;avascript:${RUN}">x</a>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<x contenteditable onblur=${RUN}>lose focus</x>`,
  `<select autofocus onfocus=${RUN}>`,
  `<keygen autofocus onfocus=${RUN}>`,
  `https://example.org/"onmouseover="${RUN}`,
  `https://example.org/<script>${RUN}</script>`,
];

const encodings: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => s.toUpperCase().replace('WINDOW.__SDMXSS', 'window.__sdmXss'),
  (s) => encodeURIComponent(s),
  (s) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  (s) => s.replace(/</g, '\u003c').replace(/script/g, 'scr\u0000ipt'),
];

/** At least 100 distinct payloads. */
export const xssPayloads: readonly string[] = [...new Set(vectors.flatMap((v) => encodings.map((e) => e(v))))];

declare global {
  interface Window {
    __sdmXss?: number;
  }
}
