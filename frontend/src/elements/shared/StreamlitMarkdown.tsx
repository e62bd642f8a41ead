//! Markdown as Streamlit renders it: GitHub-flavoured, raw HTML only when the
//! script allowed it, links open in a new tab, and Streamlit's extensions
//! everywhere markdown is accepted: colours, backgrounds, badges, `:small[]`,
//! `:help[]` and the other directives (markdown/directives.ts), Material
//! icons and arrows (markdown/symbols.ts), emoji shortcodes and maths (loaded
//! on demand, markdown/extensions.ts). `inline` is for labels: paragraphs
//! become spans and block syntax stays text (markdown/labels.ts).
import { Children, isValidElement, lazy, Suspense, type ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeRaw from "rehype-raw";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import { remarkStreamlitDirectives, remarkUnknownDirectives } from "./markdown/directives";
import { type Extension, useMarkdownExtensions } from "./markdown/extensions";
import { escapeLabelBlocks, LABEL_DISALLOWED } from "./markdown/labels";
import { protectMaterialIcons, remarkMaterialIcons, remarkTypography } from "./markdown/symbols";
import { HeadingLink, headingAnchor } from "./HeadingLink";
import { HelpIcon } from "./Tooltip";
import { CodeBlock } from "./CodeBlock";
import { trackChunk } from "../../registry/chunks";
import "./markdown/markdown.css";

interface Props {
  body: string;
  allowHtml?: boolean;
  /** Render inline content (labels): paragraphs become plain spans. */
  inline?: boolean;
  testId?: "stMarkdownContainer" | "stCaptionContainer";
  className?: string;
  /** Headings in a block body get 1.67's hover link to their anchor (st.markdown's `anchors`). */
  anchors?: boolean;
}

const FIRST_PLUGINS = [remarkGfm, remarkDirective, remarkTypography, remarkStreamlitDirectives, remarkMaterialIcons];

function textOf(children: ReactNode): string {
  return Children.toArray(children)
    .map((c) => (typeof c === "string" || typeof c === "number" ? String(c) : isValidElement(c) ? textOf((c.props as { children?: ReactNode }).children) : ""))
    .join("");
}

function MarkdownPre(props: React.ComponentProps<"pre">) {
  return <pre data-testid="stMarkdownPre" {...props} />;
}

// A ```mermaid fence is drawn by mermaid, in a chunk of its own (markdown/mermaid.tsx).
const MermaidChart = lazy(() => trackChunk(import("./markdown/mermaid")).then((m) => ({ default: m.MermaidChart })));

type PreNode = { children: { type: string; tagName?: string; properties?: { className?: unknown } }[] } | undefined;

/** `pre` of the block renderers: a mermaid fence becomes its diagram (block bodies only, as in 1.67), other fences code blocks. */
function BlockPre({ node, ...props }: React.ComponentProps<"pre"> & { node?: unknown }) {
  const code = (node as PreNode)?.children[0];
  const classes = code?.type === "element" && code.tagName === "code" ? code.properties?.className : undefined;
  if (Array.isArray(classes) && classes.includes("language-mermaid")) {
    const source = textOf(props.children).replace(/^\n/, "").replace(/\n$/, "");
    return (
      <div data-testid="stMarkdownPre" className="st-md-mermaid-pre">
        <Suspense fallback={<span className="st-md-skeleton" data-testid="stSkeleton" aria-hidden="true" />}>
          <MermaidChart source={source} />
        </Suspense>
      </div>
    );
  }
  if (code?.type === "element" && code.tagName === "code") {
    // A fenced block is 1.67's code block (highlighted, with a copy button); its language is
    // the fence's `language-*` class.
    const language = Array.isArray(classes)
      ? classes.map(String).find((c) => c.startsWith("language-"))?.slice("language-".length)
      : undefined;
    return (
      <div data-testid="stMarkdownPre" className="st-md-code-pre">
        <CodeBlock text={textOf(props.children).replace(/\n$/, "")} language={language} />
      </div>
    );
  }
  return <MarkdownPre {...props} />;
}

const blockComponents: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  pre: BlockPre,
  span: ({ node: _node, className, children, ...props }) =>
    className === "st-md-help" ? (
      <HelpIcon help={textOf(children)} inline />
    ) : (
      <span className={className} {...props}>
        {children}
      </span>
    ),
};

type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

/** A `#` heading in a body, as 1.67 renders it: an id from its text and, with anchors, a hover link. */
function markdownHeading(Tag: HeadingTag, anchors: boolean): NonNullable<Components[HeadingTag]> {
  return function MarkdownHeading({ node: _node, children, ...props }) {
    const id = headingAnchor(textOf(children));
    return (
      <div className="st-md-heading" data-testid="stHeadingWithActionElements">
        <Tag {...props} id={id || undefined}>
          <span data-heading-text="">{children}</span>
          {anchors && id ? <HeadingLink anchor={id} /> : null}
        </Tag>
      </div>
    );
  };
}

function withHeadings(base: Components, anchors: boolean): Components {
  const tags: HeadingTag[] = ["h1", "h2", "h3", "h4", "h5", "h6"];
  return { ...base, ...Object.fromEntries(tags.map((tag) => [tag, markdownHeading(tag, anchors)])) };
}

const bodyComponents = withHeadings(blockComponents, true);
const bodyComponentsWithoutAnchors = withHeadings(blockComponents, false);

const inlineComponents: Components = {
  ...blockComponents,
  p: ({ node: _node, ...props }) => <span {...props} />,
};

/** remark-math's `code.math-inline` / `pre > code.math-display` rendered by KaTeX. */
function mathComponents(base: Components, renderMath: NonNullable<Extension["renderMath"]>): Components {
  const isMath = (className: unknown) => typeof className === "string" && /\bmath-(inline|display)\b/.test(className);
  return {
    ...base,
    code: ({ node: _node, className, children, ...props }) =>
      isMath(className) ? (
        <span
          className={className!.includes("math-display") ? "st-md-math-display" : undefined}
          // KaTeX's own markup: it escapes the TeX and, with trust off, emits no links or scripts.
          dangerouslySetInnerHTML={{ __html: renderMath(textOf(children), className!.includes("math-display")) }}
        />
      ) : (
        <code className={className} {...props}>
          {children}
        </code>
      ),
    pre: ({ node, ...props }) => {
      const child = node?.children[0];
      const classes = child?.type === "element" && child.tagName === "code" ? child.properties.className : undefined;
      const display = Array.isArray(classes) && classes.includes("math-display");
      return display ? <>{props.children}</> : <BlockPre node={node} {...props} />;
    },
  };
}

export function StreamlitMarkdown({ body, allowHtml, inline, testId = "stMarkdownContainer", className, anchors = true }: Props) {
  const source = protectMaterialIcons(inline ? escapeLabelBlocks(body) : body);
  const extensions = useMarkdownExtensions(source);
  const classes = ["st-markdown", inline ? "st-markdown-inline" : "", className ?? ""].join(" ").trim();
  if (extensions === null) {
    return (
      <div data-testid={testId} className={classes}>
        <span className="st-md-skeleton" data-testid="stSkeleton" aria-hidden="true" />
      </div>
    );
  }
  const remarkPlugins = [
    ...extensions.flatMap((e) => e.remarkPlugins),
    ...FIRST_PLUGINS,
    remarkUnknownDirectives,
  ];
  const rehypePlugins = [...extensions.flatMap((e) => e.rehypePlugins), ...(allowHtml ? [rehypeRaw] : [])];
  const base = inline ? inlineComponents : anchors ? bodyComponents : bodyComponentsWithoutAnchors;
  const math = extensions.find((e) => e.renderMath)?.renderMath;
  return (
    <div data-testid={testId} className={classes}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        skipHtml={!allowHtml}
        components={math ? mathComponents(base, math) : base}
        disallowedElements={inline ? LABEL_DISALLOWED : undefined}
        unwrapDisallowed={inline}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
