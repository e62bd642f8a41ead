import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { StreamlitMarkdown } from "../StreamlitMarkdown";
import { texOf } from "../../text/Latex";
import { isCssColor } from "./directives";
import { escapeLabelBlocks } from "./labels";
import { needsEmoji, needsMath, preloadMarkdownExtensions } from "./extensions";

const html = (body: string, inline = false) => renderToStaticMarkup(<StreamlitMarkdown body={body} inline={inline} />);
const badge = (color: string) => `class="stMarkdownBadge" style="background-color:var(--st-md-${color}-bg);color:var(--st-md-${color})"`;

describe("markdown badges", () => {
  it("renders st.badge's directive as a coloured span", () => {
    expect(html(":blue-badge[New]")).toContain(`<p><span ${badge("blue")}>New</span></p>`);
    expect(html(":grey-badge[G]")).toContain(badge("gray"));
  });

  it("parses the label as markdown, with nested and escaped brackets", () => {
    expect(html(":red-badge[*it* `c`]")).toContain(`<span ${badge("red")}><em>it</em> <code>c</code></span>`);
    expect(html(":blue-badge[a \\[x\\] b]")).toContain(`${badge("blue")}>a [x] b</span>`);
    expect(html(":blue-badge[a [x] b]")).toContain(`${badge("blue")}>a [x] b</span>`);
  });

  it("keeps the text around badges and several badges in one paragraph", () => {
    expect(html("Inline :violet-badge[**Fav**] and :gray-badge[Old]!")).toContain(
      `<p>Inline <span ${badge("violet")}><strong>Fav</strong></span> and <span ${badge("gray")}>Old</span>!</p>`,
    );
  });

  it("shows an unknown colour as the directive's name, as 1.67 does", () => {
    expect(html(":pink-badge[P] :rainbow-badge[R]")).toContain("<p>:pink-badge :rainbow-badge</p>");
  });

  it("leaves code and other text alone", () => {
    expect(html("`:red-badge[code]`")).toContain("<code>:red-badge[code]</code>");
    expect(html("```\n:red-badge[block]\n```")).toContain(":red-badge[block]");
    expect(html("a :blue-badge b")).toContain(`<p>a <span ${badge("blue")}></span> b</p>`);
    expect(html("time 12:30 [link](https://x.io) a:b")).toContain('time 12:30 <a href="https://x.io"');
    expect(html("time 12:30 [link](https://x.io) a:b")).toContain("</a> a:b</p>");
  });

  it("gives a Material icon its ligature", () => {
    expect(html(":green-badge[:material/check: Done]")).toContain(
      `<span ${badge("green")}><span class="st-icon st-icon-material" role="img" aria-label="check icon" translate="no">check</span> Done</span>`,
    );
  });
});

describe("markdown colours and directives", () => {
  it("colours text and backgrounds with the theme's colours", () => {
    expect(html(":red[r] :grey[g]")).toBe(
      '<div data-testid="stMarkdownContainer" class="st-markdown"><p>' +
        '<span class="stMarkdownColoredText" style="color:var(--st-md-red)">r</span> ' +
        '<span class="stMarkdownColoredText" style="color:var(--st-md-gray)">g</span></p></div>',
    );
    expect(html(":blue-background[b]")).toContain(
      '<span class="stMarkdownColoredBackground" style="background-color:var(--st-md-blue-bg)">b</span>',
    );
    expect(html(":rainbow[x]")).toContain("background-image:linear-gradient(to right, var(--st-md-red)");
    expect(html(":rainbow-background[x]")).toContain('class="stMarkdownColoredBackground" style="background:linear-gradient');
    expect(html(":primary[p]")).toContain("color:var(--st-md-primary)");
  });

  it("nests directives and keeps markdown inside them", () => {
    expect(html(":red[**bold** and :blue-background[both]]")).toContain(
      '<span class="stMarkdownColoredText" style="color:var(--st-md-red)"><strong>bold</strong> and ' +
        '<span class="stMarkdownColoredBackground" style="background-color:var(--st-md-blue-bg)">both</span></span>',
    );
  });

  it("takes any CSS colour in :color[]{foreground background}, and nothing else", () => {
    expect(html(":color[fg]{foreground='#ff00ff'}")).toContain(
      '<span class="stMarkdownColoredText" style="color:#ff00ff">fg</span>',
    );
    expect(html(':color[bg]{background="rgb(0, 255, 0)"}')).toContain(
      '<span class="stMarkdownColoredBackground" style="background-color:rgb(0, 255, 0)">bg</span>',
    );
    expect(html(":color[x]{foreground='red; background: url(x)'}")).toContain("<p><span>x</span></p>");
    expect(isCssColor("red; x")).toBe(false);
    expect(isCssColor("url(javascript:x)")).toBe(false);
  });

  it("has :small, :shimmer and :help, and drops the label of an unknown directive", () => {
    expect(html(":small[tiny]")).toContain('<span style="font-size:var(--st-font-size-sm)">tiny</span>');
    expect(html(":shimmer[wait]")).toContain('<span class="stMarkdownShimmer">wait</span>');
    const help = html("see :help[the details] here");
    expect(help).toContain('data-testid="stTooltipIcon"');
    expect(help).not.toContain("the details"); // shown on hover only
    expect(html(":unknown[lost] and text")).toContain("<p>:unknown and text</p>");
  });
});

describe("markdown symbols", () => {
  it("turns standalone arrows into symbols, not in links or code", () => {
    expect(html("a -> b <- c <-> d -- e >= f <= g ~= h a->b")).toContain("a → b ← c ↔ d — e ≥ f ≤ g ≈ h a-&gt;b");
    expect(html("[x -> y](https://x.io) `p -> q`")).toContain(">x -&gt; y</a> <code>p -&gt; q</code>");
  });

  it("renders Material icons anywhere in the text, and keeps them literal in code", () => {
    expect(html("# :material/info: Title")).toContain(
      '<span data-heading-text=""><span class="st-icon st-icon-material" role="img" aria-label="info icon" translate="no">info</span> Title</span>',
    );
    expect(html("`:material/x:`")).toContain("<code>:material/x:</code>");
  });
});

describe("labels", () => {
  it("keep block syntax as text", () => {
    expect(escapeLabelBlocks("- item\n# h\n> q\n1. one")).toBe("\\- item\n\\# h\n\\> q\n1\\. one");
    expect(html("- list label # h", true)).toContain("<span>- list label # h</span>");
    expect(html(":red[Red] :material/delete: button", true)).toContain(
      '<span class="stMarkdownColoredText" style="color:var(--st-md-red)">Red</span> <span class="st-icon st-icon-material"',
    );
  });
});

describe("extensions loaded on demand", () => {
  it("detect maths and emoji shortcodes as remark would", () => {
    expect(needsMath("Math $x^2$ here")).toBe(true);
    expect(needsMath("$$\\int f$$")).toBe(true);
    expect(needsMath("costs $5 and $6")).toBe(false);
    expect(needsMath("`$x$` and \\$y\\$")).toBe(false);
    expect(needsMath("no dollars")).toBe(false);
    expect(needsEmoji("hi :smile:")).toBe(true);
    expect(needsEmoji(":material_home: and 12:30")).toBe(false);
  });

  it("show a skeleton until loaded, then maths and emoji", async () => {
    expect(html("$x$ :smile:")).toContain('data-testid="stSkeleton"');
    await preloadMarkdownExtensions();
    const out = html("Math $x^2$ and :smile: :+1:");
    expect(out).toContain('<span class="katex">');
    expect(out).toContain("😄 👍");
    expect(html("$$\\frac{1}{2$$")).toContain("katex-error");
    const block = html("Block:\n\n$$\nx = 1\n$$");
    expect(block).toContain('<span class="st-md-math-display"><span class="katex-display">');
    expect(block).not.toContain("<pre");
    expect(html("`$x$` and $y$")).toContain("<code>$x$</code>");
  });
});

describe("st.latex body", () => {
  it("is the TeX between the $$ lines", () => {
    expect(texOf("$$\n\\frac{a}{b}\n$$")).toBe("\\frac{a}{b}");
    expect(texOf("$$\nx\n  + y\n$$")).toBe("x\n  + y");
    expect(texOf("plain")).toBe("plain");
  });
});

