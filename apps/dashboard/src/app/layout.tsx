import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "~/components/site-header";
import { dictionary } from "~/i18n/dictionary";
import { currentLanguage } from "~/server/session";

export const metadata: Metadata = { title: "InnoLab", description: "Smart Government Innovation Lab" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await currentLanguage();
  const t = dictionary(language);
  return (
    <html lang={language}>
      <body className="min-h-screen bg-gray-50 text-gray-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
