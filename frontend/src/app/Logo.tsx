//! st.logo, as 1.67 places it: at the top of the sidebar (`stSidebarLogo`,
//! the full image) while the sidebar is open, else at the left of the page
//! header (`stHeaderLogo`, the `icon_image` when there is one). The logo is
//! an element of the event root (written by every run that calls st.logo,
//! so it goes away with the run that stops calling it); these read the last
//! one there and the element itself renders nothing.
import { rustlit } from "../proto";
import { basePath } from "../connection/urls";
import { ElementIcon } from "../elements/shared/Icon";
import { useAppState } from "./context";
import { RootIndex } from "../store/tree";

export function useLogo(): rustlit.ILogo | null {
  const event = useAppState((s) => s.tree.roots[RootIndex.Event]);
  for (let i = event.children.length - 1; i >= 0; i--) {
    const node = event.children[i];
    if (node?.kind === "element" && node.element.logo) return node.element.logo;
  }
  return null;
}

const HEIGHTS: Record<string, string> = { small: "1.25rem", medium: "1.5rem", large: "2rem" };

function source(url: string): string {
  return url.startsWith("media/") ? `${basePath(window.location.pathname)}${url}` : url;
}

function LogoImage({ image, type, size, testId }: { image: string; type: rustlit.Logo.ImageType; size: string; testId: string }) {
  const height = HEIGHTS[size] ?? HEIGHTS.medium;
  if (type === rustlit.Logo.ImageType.IMAGE) {
    return <img className="st-logo" src={source(image)} alt="Logo" data-testid={testId} style={{ height }} />;
  }
  return (
    <div className="st-logo st-logo-icon" data-testid={testId} role="img" aria-label="App Logo" style={{ fontSize: height }}>
      <ElementIcon icon={image} />
    </div>
  );
}

function Linked({ link, children }: { link?: string | null; children: React.ReactNode }) {
  if (!link) return <>{children}</>;
  return (
    <a href={link} target="_blank" rel="noreferrer" data-testid="stLogoLink" className="st-logo-link">
      {children}
    </a>
  );
}

export function SidebarLogo() {
  const logo = useLogo();
  if (!logo?.image) return null;
  return (
    <Linked link={logo.link}>
      <LogoImage image={logo.image} type={logo.imageType ?? 0} size={logo.size ?? "medium"} testId="stSidebarLogo" />
    </Linked>
  );
}

/** In the page header when no open sidebar shows the logo. */
export function HeaderLogo({ sidebarOpen }: { sidebarOpen: boolean }) {
  const logo = useLogo();
  if (!logo?.image || sidebarOpen) return null;
  const icon = !!logo.iconImage;
  return (
    <div className="st-header-logo">
      <Linked link={logo.link}>
        <LogoImage
          image={icon ? logo.iconImage! : logo.image}
          type={(icon ? logo.iconImageType : logo.imageType) ?? 0}
          size={logo.size ?? "medium"}
          testId="stHeaderLogo"
        />
      </Linked>
    </div>
  );
}
