/** STUB — replaced by the brand table. */
export function isOfficialDomain(domain: string): boolean {
  return domain === 'whatsapp.com';
}
export function brandDisplayName(id: string): string {
  return id;
}
