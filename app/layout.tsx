import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_TITLE } from '../content/view-title';
import './globals.css';

export const metadata: Metadata = {
  title: SITE_TITLE,
  description:
    'Where and when North Korean and Russian leaders and envoys travelled: Choe Ryong-hae 2014, Kim Jong-un 2019 and 2023, and the visits around them, with sources.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
