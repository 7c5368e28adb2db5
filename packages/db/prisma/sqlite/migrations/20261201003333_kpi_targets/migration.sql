-- CreateTable
CREATE TABLE "KpiTarget" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "perYear" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

