/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The benchmarks build synthetic content into a separate folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
