import type { Locale } from "@/domain/content/locale";

/** Chinese for the validation and service messages users can see; English is the source text. */
const ZH: Record<string, string> = {
  "Enter a valid email address": "请输入有效的电子邮箱地址",
  "Email is too long": "电子邮箱地址过长",
  "Use at least 10 characters": "密码至少需要 10 个字符",
  "Use at most 200 characters": "密码最多 200 个字符",
  "Include at least one letter": "密码须包含至少一个字母",
  "Include at least one digit": "密码须包含至少一个数字",
  "Do not use your email address in the password": "密码中不要包含你的电子邮箱",
  "Enter your name": "请输入姓名",
  "Name is too long": "姓名过长",
  "Enter your password": "请输入密码",
  "Enter your email and password.": "请输入电子邮箱和密码。",
  "An account with this email already exists. Sign in instead.": "该电子邮箱已注册，请直接登录。",
  "An account with this email already exists.": "该电子邮箱已注册。",
  "Email or password is incorrect.": "电子邮箱或密码不正确。",
  "Check the highlighted fields.": "请检查标出的字段。",
  "Enter a number, e.g. 12.50": "请输入数字，例如 12.50",
  "Choose one of the options": "请选择一个选项",
  "Some answers are missing or not in the expected form.": "有答案缺失或格式不正确。",
  "This attempt was already submitted.": "本次作答已经提交过。",
  "Sign in to continue.": "请先登录。",
  "Answer every question before you check.": "请先回答所有问题再提交。",
  "Tick at least one option": "请至少勾选一项",
  "Unknown option": "未知选项",
  "Give every item a position": "请为每一项指定位置",
  "Give each item a different position": "每一项的位置必须不同",
  "You have already earned this certificate.": "你已获得该证书。",
  "Something went wrong on our side, so this did not go through. Please try again.": "我们这边出了点问题，本次操作没有完成，请重试。",
  "Something went wrong on our side. Please try again.": "我们这边出了点问题，请重试。",
  "This request is malformed. Reload the page and try again.": "请求格式不正确，请刷新页面后重试。",
  "Remove the invisible control characters from this text": "请删除文本中的不可见控制字符",
  "The file is larger than 2 MB.": "文件超过 2 MB。",
  "Enter the learner's name": "请填写学员姓名",
  "Only the organization that created this account can send its set-password link.": "只有创建该账号的机构才能发送设置密码链接。",
  "No such invitation.": "没有这个邀请。",
  "You have already answered this invitation.": "你已经回复过这个邀请。",
  "This invitation could not be answered.": "无法回复这个邀请。",
  "Not an invitation id.": "不是有效的邀请编号。",
  "Answer accept or decline.": "请选择接受或拒绝。",
  "Choose a CSV file.": "请选择 CSV 文件。",
  "The file is empty.": "文件为空。",
  "The first row must name the columns: email, name and optionally student_id.": "第一行须为列名：email、name，可选 student_id。",
  "Student id is too long": "学号过长",
  "Student id may hold only letters, digits and . _ - /": "学号只能包含字母、数字和 . _ - /",
  "Only the organization's admins can do this.": "只有本机构管理员可以执行此操作。",
  "An organization needs at least one admin. Add another admin first.": "机构至少需要一名管理员，请先添加另一名管理员。",
  "No account uses this email. Ask the person to create one first.": "没有使用该邮箱的账号，请对方先注册。",
  "Enter the cohort's name": "请填写班级名称",
  "Choose at least one track": "请至少选择一个学习路径",
  "Enter a date": "请选择日期",
  "The end date must not be before the start date": "结束日期不能早于开始日期",
  "Give a reason (kept in the audit trail)": "请填写原因（将记入审计记录）",
  "This learner has already set a password.": "该学员已设置密码。",
  "This link is not valid any more. Ask your organization for a new one.": "该链接已失效，请向你的机构索取新链接。",
  "Enter the organization's name": "请填写机构名称",
  "Choose university or company": "请选择高校或企业",
  "Choose admin or instructor": "请选择管理员或讲师",
  "No account uses this email yet. Enter the person's name to create one.": "该邮箱尚无账号。请填写对方姓名以创建账号。",
  "Choose tracks from the list": "请从列表中选择学习路径",
  "Choose a module": "请选择模块",
  "Choose a module of this cohort": "请选择本班级的模块",
  "Reason is too long": "原因过长",
  "This invite code is not valid.": "该邀请码无效。",
  "No such organization.": "找不到该机构。",
  "No such cohort.": "找不到该班级。",
  "No such learner in this cohort.": "该班级中没有这名学员。",
};

/** The first sentence of each rate-limit message (server/rate-limits); "Try again in …" follows. */
const RATE_LIMITED_ZH: Record<string, string> = {
  "Too many failed sign-in attempts.": "登录失败次数过多，",
  "Too many accounts were created from your network.": "你所在网络注册的账号过多，",
  "Too many failed sign-ins from your network.": "你所在网络的登录失败次数过多，",
  "Too many failed sign-ins to this account.": "该账号的登录失败次数过多，",
  "This account had many failed sign-ins from different places, so sign-ins to it are slowed down.": "该账号在多个地点出现大量登录失败，已放慢登录速度，",
  "Too many verification requests.": "验证请求过多，",
  "Too many bulk verification files.": "批量验证文件过多，",
  "Too many attempt requests.": "作答请求过多，",
  "Too many password-reset requests.": "重置密码请求过多，",
};

export function errorText(message: string, locale: Locale): string {
  if (locale !== "zh") return message;
  if (ZH[message]) return ZH[message];
  const limited = /^(.+\.) Try again in (\d+) (second|minute)s?\.$/.exec(message);
  if (limited && RATE_LIMITED_ZH[limited[1]!]) return `${RATE_LIMITED_ZH[limited[1]!]}请在 ${limited[2]} ${limited[3] === "second" ? "秒" : "分钟"}后重试。`;
  const sameEmail = /^Same email as row (\d+)$/.exec(message);
  if (sameEmail) return `与第 ${sameEmail[1]} 行的邮箱重复`;
  const attemptsUsed = /^You have used all (\d+) attempts at this case\.$/.exec(message);
  if (attemptsUsed) return `你已用完本案例的全部 ${attemptsUsed[1]} 次作答机会。`;
  return message;
}
