-- CreateTable
CREATE TABLE "ChatLock" (
    "key" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "until" BIGINT NOT NULL,

    CONSTRAINT "ChatLock_pkey" PRIMARY KEY ("key")
);

