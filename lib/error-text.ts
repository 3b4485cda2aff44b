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
  "Something went wrong on our side. Your work is saved; please try again.": "我们这边出了点问题。你的进度已保存，请重试。",
};

export function errorText(message: string, locale: Locale): string {
  if (locale !== "zh") return message;
  if (ZH[message]) return ZH[message];
  const tooMany = /^Too many failed sign-in attempts\. Try again in (\d+) minutes?\.$/.exec(message);
  if (tooMany) return `登录失败次数过多，请在 ${tooMany[1]} 分钟后重试。`;
  const attemptsUsed = /^You have used all (\d+) attempts at this case\.$/.exec(message);
  if (attemptsUsed) return `你已用完本案例的全部 ${attemptsUsed[1]} 次作答机会。`;
  return message;
}
