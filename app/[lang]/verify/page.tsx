import type { Metadata } from "next";
import { routeLocale } from "@/lib/route-locale";
import { VerifyCredentialForm } from "@/components/certificate/verify-credential-form";

export const metadata: Metadata = { title: "Verify a credential" };

// GET /[lang]/verify – verify a credential by paste or upload, or many certificate ids by CSV (public).
export default async function VerifyCredentialPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const zh = lang === "zh";
  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <h1>{zh ? "验证凭证" : "Verify a credential"}</h1>
      <p className="lead">
        {zh
          ? "粘贴或上传 Borderless 证书的 JSON（Open Badges 3.0），逐项查看签名、签发方密钥、撤销状态、日期和格式检查。"
          : "Paste or upload a Borderless certificate's JSON (Open Badges 3.0) to see each check: signature, issuer key, revocation status, dates and format."}
      </p>
      <VerifyCredentialForm
        lang={lang}
        labels={
          zh
            ? { paste: "粘贴凭证 JSON", file: "或上传文件", submit: "验证", status: { valid: "有效", invalid: "无效", unverifiable: "暂时无法验证" }, issuedHere: "签发方记录" }
            : { paste: "Paste the credential JSON", file: "or upload a file", submit: "Verify", status: { valid: "Valid", invalid: "Invalid", unverifiable: "Could not be checked" }, issuedHere: "Issuer's record" }
        }
      />
      <h2>{zh ? "批量验证" : "Bulk verification"}</h2>
      <p>
        {zh
          ? "上传证书编号的 CSV（第一列，每行一个），下载结果 CSV：编号、状态、持有人、课程、颁发日期、有效期至、原因。"
          : "Upload a CSV of certificate ids (first column, one per line) and download a CSV of results: id, status, holder, track, issued, validUntil, reason."}
      </p>
      <form className="card" method="post" action={`/api/verify/bulk?lang=${lang}`} encType="multipart/form-data" style={{ display: "grid", gap: 12 }} data-testid="bulk-form">
        <label className="field">
          <span>{zh ? "CSV 文件" : "CSV file"}</span>
          <input type="file" name="file" accept=".csv,text/csv,text/plain" required />
        </label>
        <div>
          <button type="submit">{zh ? "下载结果 CSV" : "Download results CSV"}</button>
        </div>
      </form>
    </div>
  );
}
