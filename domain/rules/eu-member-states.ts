/** ISO 3166-1 alpha-2 codes of the 27 EU Member States (Greece as "GR", as in ISO, not "EL"). */
export const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
] as const;
export type EuMemberState = (typeof EU_MEMBER_STATES)[number];

export function isEuMemberState(code: string): code is EuMemberState {
  return (EU_MEMBER_STATES as readonly string[]).includes(code);
}
