// The framework's floor for bench/verify.bench.ts: a minimal Next.js app whose route returns bytes
// from memory and whose page renders text of a given size, built and started like the real app.
const nextConfig = { poweredByHeader: false };
export default nextConfig;
