-- CreateTable
CREATE TABLE "ChatLock" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "until" BIGINT NOT NULL
);

