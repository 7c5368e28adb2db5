-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('GOVERNMENT', 'COMPANY', 'PARTNER', 'LAB');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SUBSCRIBER', 'OFFICER', 'VENDOR', 'ADMIN', 'MANAGER');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('TELEGRAM', 'TEAMS', 'TERMINAL');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('PUBLISH', 'REJECT');

-- CreateEnum
CREATE TYPE "MatchSource" AS ENUM ('ENGINE', 'STAFF');

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('SUGGESTED', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "WorkshopStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InviteStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'ATTENDED');

-- CreateEnum
CREATE TYPE "ForumStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'CANCELLED', 'ATTENDED');

-- CreateEnum
CREATE TYPE "PocStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "DigestMode" AS ENUM ('REALTIME', 'DAILY');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('QUEUED', 'SENDING', 'DONE');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'BLOCKED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "acronym" TEXT,
    "isStartup" BOOLEAN NOT NULL DEFAULT false,
    "isSme" BOOLEAN NOT NULL DEFAULT false,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'SUBSCRIBER',
    "organisationId" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "digestMode" "DigestMode" NOT NULL DEFAULT 'REALTIME',
    "quietStartMin" INTEGER,
    "quietEndMin" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "chatId" TEXT,
    "conversationRef" JSONB,
    "language" TEXT NOT NULL DEFAULT 'en',
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "blockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" INTEGER,
    "createdById" INTEGER,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" INTEGER,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechArea" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TechArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceNeed" (
    "id" SERIAL NOT NULL,
    "refCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "expectedOutcome" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "organisationId" INTEGER NOT NULL,
    "submittedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ServiceNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Solution" (
    "id" SERIAL NOT NULL,
    "refCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "useCases" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "organisationId" INTEGER NOT NULL,
    "submittedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Solution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedTechArea" (
    "needId" INTEGER NOT NULL,
    "techAreaId" INTEGER NOT NULL,

    CONSTRAINT "NeedTechArea_pkey" PRIMARY KEY ("needId","techAreaId")
);

-- CreateTable
CREATE TABLE "SolutionTechArea" (
    "solutionId" INTEGER NOT NULL,
    "techAreaId" INTEGER NOT NULL,

    CONSTRAINT "SolutionTechArea_pkey" PRIMARY KEY ("solutionId","techAreaId")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "needId" INTEGER,
    "solutionId" INTEGER,
    "decision" "ReviewDecision" NOT NULL,
    "reason" TEXT,
    "reviewerId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Match" (
    "id" SERIAL NOT NULL,
    "needId" INTEGER NOT NULL,
    "solutionId" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "source" "MatchSource" NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'SUGGESTED',
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "needId" INTEGER NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "venue" TEXT,
    "status" "WorkshopStatus" NOT NULL DEFAULT 'PLANNED',
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopInvite" (
    "workshopId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "solutionId" INTEGER,
    "status" "InviteStatus" NOT NULL DEFAULT 'INVITED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopInvite_pkey" PRIMARY KEY ("workshopId","organisationId")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "themeZh" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "venue" TEXT NOT NULL,
    "partnerId" INTEGER,
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "registrationOpensAt" TIMESTAMP(3) NOT NULL,
    "registrationClosesAt" TIMESTAMP(3) NOT NULL,
    "status" "ForumStatus" NOT NULL DEFAULT 'SCHEDULED',
    "registrationVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumRegistration" (
    "id" SERIAL NOT NULL,
    "forumId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "status" "RegistrationStatus" NOT NULL,
    "checkInCode" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "attendedAt" TIMESTAMP(3),

    CONSTRAINT "ForumRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Poc" (
    "id" SERIAL NOT NULL,
    "refCode" TEXT NOT NULL,
    "needId" INTEGER NOT NULL,
    "solutionId" INTEGER NOT NULL,
    "governmentOrgId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "status" "PocStatus" NOT NULL DEFAULT 'PLANNED',
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "findings" TEXT,
    "feedbackToProvider" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Poc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Adoption" (
    "id" SERIAL NOT NULL,
    "pocId" INTEGER NOT NULL,
    "adoptedOn" TIMESTAMP(3) NOT NULL,
    "scale" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Adoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "topicKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "audience" JSONB NOT NULL,
    "eventId" INTEGER,
    "status" "AlertStatus" NOT NULL DEFAULT 'QUEUED',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "alertId" INTEGER NOT NULL,
    "identityId" INTEGER NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "DomainEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ChatSession" (
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatSession_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kind_nameEn_key" ON "Organisation"("kind", "nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "ChatIdentity_personId_idx" ON "ChatIdentity"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_channel_externalId_key" ON "ChatIdentity"("channel", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_code_key" ON "Invitation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "TechArea_slug_key" ON "TechArea"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceNeed_refCode_key" ON "ServiceNeed"("refCode");

-- CreateIndex
CREATE INDEX "ServiceNeed_status_publishedAt_idx" ON "ServiceNeed"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "ServiceNeed_submittedAt_idx" ON "ServiceNeed"("submittedAt");

-- CreateIndex
CREATE INDEX "ServiceNeed_publishedAt_idx" ON "ServiceNeed"("publishedAt");

-- CreateIndex
CREATE INDEX "ServiceNeed_organisationId_submittedAt_idx" ON "ServiceNeed"("organisationId", "submittedAt");

-- CreateIndex
CREATE INDEX "ServiceNeed_updatedAt_idx" ON "ServiceNeed"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Solution_refCode_key" ON "Solution"("refCode");

-- CreateIndex
CREATE INDEX "Solution_status_publishedAt_idx" ON "Solution"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Solution_submittedAt_idx" ON "Solution"("submittedAt");

-- CreateIndex
CREATE INDEX "Solution_publishedAt_idx" ON "Solution"("publishedAt");

-- CreateIndex
CREATE INDEX "Solution_organisationId_submittedAt_idx" ON "Solution"("organisationId", "submittedAt");

-- CreateIndex
CREATE INDEX "Solution_updatedAt_idx" ON "Solution"("updatedAt");

-- CreateIndex
CREATE INDEX "NeedTechArea_techAreaId_idx" ON "NeedTechArea"("techAreaId");

-- CreateIndex
CREATE INDEX "SolutionTechArea_techAreaId_idx" ON "SolutionTechArea"("techAreaId");

-- CreateIndex
CREATE INDEX "Review_needId_idx" ON "Review"("needId");

-- CreateIndex
CREATE INDEX "Review_solutionId_idx" ON "Review"("solutionId");

-- CreateIndex
CREATE INDEX "Match_solutionId_idx" ON "Match"("solutionId");

-- CreateIndex
CREATE INDEX "Match_status_decidedAt_idx" ON "Match"("status", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Match_needId_solutionId_key" ON "Match"("needId", "solutionId");

-- CreateIndex
CREATE INDEX "Workshop_scheduledAt_idx" ON "Workshop"("scheduledAt");

-- CreateIndex
CREATE INDEX "WorkshopInvite_organisationId_idx" ON "WorkshopInvite"("organisationId");

-- CreateIndex
CREATE INDEX "Forum_startsAt_idx" ON "Forum"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumRegistration_checkInCode_key" ON "ForumRegistration"("checkInCode");

-- CreateIndex
CREATE INDEX "ForumRegistration_forumId_status_registeredAt_idx" ON "ForumRegistration"("forumId", "status", "registeredAt");

-- CreateIndex
CREATE INDEX "ForumRegistration_forumId_organisationId_status_idx" ON "ForumRegistration"("forumId", "organisationId", "status");

-- CreateIndex
CREATE INDEX "ForumRegistration_organisationId_idx" ON "ForumRegistration"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumRegistration_forumId_personId_key" ON "ForumRegistration"("forumId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Poc_refCode_key" ON "Poc"("refCode");

-- CreateIndex
CREATE INDEX "Poc_startDate_idx" ON "Poc"("startDate");

-- CreateIndex
CREATE INDEX "Poc_governmentOrgId_idx" ON "Poc"("governmentOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "Adoption_pocId_key" ON "Adoption"("pocId");

-- CreateIndex
CREATE INDEX "Adoption_adoptedOn_idx" ON "Adoption"("adoptedOn");

-- CreateIndex
CREATE INDEX "Subscription_topicKey_idx" ON "Subscription"("topicKey");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_personId_topicKey_key" ON "Subscription"("personId", "topicKey");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_eventId_key" ON "Alert"("eventId");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_alertId_identityId_key" ON "Delivery"("alertId", "identityId");

-- CreateIndex
CREATE INDEX "DomainEvent_processedAt_id_idx" ON "DomainEvent"("processedAt", "id");

-- CreateIndex
CREATE INDEX "DomainEvent_type_idx" ON "DomainEvent"("type");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatIdentity" ADD CONSTRAINT "ChatIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceNeed" ADD CONSTRAINT "ServiceNeed_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceNeed" ADD CONSTRAINT "ServiceNeed_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedTechArea" ADD CONSTRAINT "NeedTechArea_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedTechArea" ADD CONSTRAINT "NeedTechArea_techAreaId_fkey" FOREIGN KEY ("techAreaId") REFERENCES "TechArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionTechArea" ADD CONSTRAINT "SolutionTechArea_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionTechArea" ADD CONSTRAINT "SolutionTechArea_techAreaId_fkey" FOREIGN KEY ("techAreaId") REFERENCES "TechArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopInvite" ADD CONSTRAINT "WorkshopInvite_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopInvite" ADD CONSTRAINT "WorkshopInvite_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopInvite" ADD CONSTRAINT "WorkshopInvite_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poc" ADD CONSTRAINT "Poc_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poc" ADD CONSTRAINT "Poc_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poc" ADD CONSTRAINT "Poc_governmentOrgId_fkey" FOREIGN KEY ("governmentOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poc" ADD CONSTRAINT "Poc_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_pocId_fkey" FOREIGN KEY ("pocId") REFERENCES "Poc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "DomainEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChatIdentity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

