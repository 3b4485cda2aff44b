import Link from "next/link";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";

// GET /[lang]/admin – the platform admin's tools.
export default async function AdminPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  await authorizePage(lang, `/${lang}/admin`, { roles: ["PLATFORM_ADMIN"] });
  const zh = lang === "zh";
  const tools = [
    { href: "organizations", title: zh ? "机构" : "Organizations", text: zh ? "创建大学和企业机构，查看其成员。" : "Create universities and companies and see their members." },
    { href: "credentials", title: zh ? "证书" : "Certificates", text: zh ? "按编号或邮箱查找证书，说明理由后撤销。" : "Find certificates by id or email and revoke them with a reason." },
    { href: "regrade", title: zh ? "重新评分" : "Regrade", text: zh ? "规则更正后，按现行规则重新评分受影响的作答。" : "After a rule correction, regrade the attempts it affected." },
  ];
  return (
    <>
      <h1>{zh ? "平台管理" : "Platform admin"}</h1>
      <div className="cards">
        {tools.map((tool) => (
          <article className="card" key={tool.href}>
            <h2>
              <Link href={`/${lang}/admin/${tool.href}`}>{tool.title}</Link>
            </h2>
            <p className="muted">{tool.text}</p>
          </article>
        ))}
      </div>
    </>
  );
}
