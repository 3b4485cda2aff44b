import Link from "next/link";

// Rendered inside the [lang] layout; the language is not available here, so both are shown.
export default function NotFound() {
  return (
    <div className="narrow">
      <p className="pill bad">404</p>
      <h1>Page not found · 页面不存在</h1>
      <p className="lead">The page or certificate you are looking for does not exist. Check the address, or start from the home page.</p>
      <p className="lead" lang="zh-CN">你要找的页面或证书不存在。请检查网址，或从首页重新开始。</p>
      <p>
        <Link href="/en">Home</Link> · <Link href="/zh">首页</Link>
      </p>
    </div>
  );
}
