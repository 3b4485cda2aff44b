import Link from "next/link";

// Rendered inside the [lang] layout, which gets no params here: the language is unknown, so both are
// shown, each marked with its own lang (the page around may be either).
export default function NotFound() {
  return (
    <div className="narrow">
      <p className="pill bad">404</p>
      <h1>
        <span lang="en">Page not found</span> · <span lang="zh-CN">页面不存在</span>
      </h1>
      <p className="lead" lang="en">The page or certificate you are looking for does not exist. Check the address, or start from the home page.</p>
      <p className="lead" lang="zh-CN">你要找的页面或证书不存在。请检查网址，或从首页重新开始。</p>
      <p>
        <Link href="/en" lang="en">
          Home
        </Link>{" "}
        ·{" "}
        <Link href="/zh" lang="zh-CN">
          首页
        </Link>
      </p>
    </div>
  );
}
