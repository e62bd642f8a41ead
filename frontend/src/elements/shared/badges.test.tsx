import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { StreamlitMarkdown } from "./StreamlitMarkdown";
import { markBadges } from "./badges";
import { texOf } from "../text/Latex";

const html = (body: string) => renderToStaticMarkup(<StreamlitMarkdown body={body} />);

describe("markdown badges", () => {
  it("renders st.badge's directive as a coloured span", () => {
    expect(html(":blue-badge[New]")).toContain('<p><span class="stMarkdownBadge st-badge-blue">New</span></p>');
    expect(html(":grey-badge[G]")).toContain('class="stMarkdownBadge st-badge-gray"');
  });

  it("parses the label as markdown, with nested and escaped brackets", () => {
    expect(html(":red-badge[*it* `c`]")).toContain(
      '<span class="stMarkdownBadge st-badge-red"><em>it</em> <code>c</code></span>',
    );
    expect(html(":blue-badge[a \\[x\\] b]")).toContain('st-badge-blue">a [x] b</span>');
    expect(html(":blue-badge[a [x] b]")).toContain('st-badge-blue">a [x] b</span>');
  });

  it("keeps the text around badges and several badges in one paragraph", () => {
    expect(html("Inline :violet-badge[**Fav**] and :gray-badge[Old]!")).toContain(
      '<p>Inline <span class="stMarkdownBadge st-badge-violet"><strong>Fav</strong></span> and ' +
        '<span class="stMarkdownBadge st-badge-gray">Old</span>!</p>',
    );
  });

  it("shows an unknown colour as the directive's name, as 1.67 does", () => {
    expect(html(":pink-badge[P] :rainbow-badge[R]")).toContain("<p>:pink-badge :rainbow-badge</p>");
  });

  it("leaves code and other text alone; a directive without a complete label is an empty badge", () => {
    expect(html("`:red-badge[code]`")).toContain("<code>:red-badge[code]</code>");
    expect(html("```\n:red-badge[block]\n```")).toContain(":red-badge[block]");
    expect(html(":green-badge[unclosed")).toContain('<p><span class="stMarkdownBadge st-badge-green"></span>[unclosed</p>');
    expect(html("a :blue-badge b")).toContain('<p>a <span class="stMarkdownBadge st-badge-blue"></span> b</p>');
    expect(html("`:blue-badge x` `:blue-badge[y`")).toContain("<code>:blue-badge x</code> <code>:blue-badge[y</code>");
    expect(html("time 12:30 [link](https://x.io)")).toContain('time 12:30 <a href="https://x.io"');
    expect(markBadges("no badge here")).toBe("no badge here");
  });

  it("gives a Material icon its slot", () => {
    expect(html(":green-badge[:material/check: Done]")).toContain(
      '<span class="stMarkdownBadge st-badge-green"><span class="st-icon st-icon-material" role="img" aria-label="check icon"></span> Done</span>',
    );
  });
});

describe("st.latex body", () => {
  it("is the TeX between the $$ lines", () => {
    expect(texOf("$$\n\\frac{a}{b}\n$$")).toBe("\\frac{a}{b}");
    expect(texOf("$$\nx\n  + y\n$$")).toBe("x\n  + y");
    expect(texOf("plain")).toBe("plain");
  });
});
