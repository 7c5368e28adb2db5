-- CreateTable
CREATE TABLE "KpiTarget" (
    "key" TEXT NOT NULL,
    "perYear" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("key")
);

