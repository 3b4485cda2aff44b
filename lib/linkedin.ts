/**
 * LinkedIn's "add to profile" link for a certification: the holder lands on the form with the
 * name, issuing organization, dates, URL and id filled in. Months are 1-12 (UTC).
 */
export function linkedInAddToProfileUrl(input: { name: string; organizationName: string; issuedAt: Date; validUntil?: Date; certUrl: string; certId: string }): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: input.name,
    organizationName: input.organizationName,
    issueYear: String(input.issuedAt.getUTCFullYear()),
    issueMonth: String(input.issuedAt.getUTCMonth() + 1),
    ...(input.validUntil && { expirationYear: String(input.validUntil.getUTCFullYear()), expirationMonth: String(input.validUntil.getUTCMonth() + 1) }),
    certUrl: input.certUrl,
    certId: input.certId,
  });
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
