-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "acronym" TEXT,
    "isStartup" BOOLEAN NOT NULL DEFAULT false,
    "isSme" BOOLEAN NOT NULL DEFAULT false,
    "website" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'SUBSCRIBER',
    "organisationId" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "digestMode" TEXT NOT NULL DEFAULT 'REALTIME',
    "quietStartMin" INTEGER,
    "quietEndMin" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "chatId" TEXT,
    "conversationRef" JSONB,
    "language" TEXT NOT NULL DEFAULT 'en',
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "blockedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChatIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" INTEGER,
    "createdById" INTEGER,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invitation_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TechArea" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ServiceNeed" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "refCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "expectedOutcome" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "organisationId" INTEGER NOT NULL,
    "submittedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "publishedAt" DATETIME,
    "closedAt" DATETIME,
    CONSTRAINT "ServiceNeed_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ServiceNeed_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Solution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "refCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "useCases" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "organisationId" INTEGER NOT NULL,
    "submittedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "publishedAt" DATETIME,
    "closedAt" DATETIME,
    CONSTRAINT "Solution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Solution_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NeedTechArea" (
    "needId" INTEGER NOT NULL,
    "techAreaId" INTEGER NOT NULL,

    PRIMARY KEY ("needId", "techAreaId"),
    CONSTRAINT "NeedTechArea_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NeedTechArea_techAreaId_fkey" FOREIGN KEY ("techAreaId") REFERENCES "TechArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolutionTechArea" (
    "solutionId" INTEGER NOT NULL,
    "techAreaId" INTEGER NOT NULL,

    PRIMARY KEY ("solutionId", "techAreaId"),
    CONSTRAINT "SolutionTechArea_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SolutionTechArea_techAreaId_fkey" FOREIGN KEY ("techAreaId") REFERENCES "TechArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "needId" INTEGER,
    "solutionId" INTEGER,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "reviewerId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Review_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Match" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "needId" INTEGER NOT NULL,
    "solutionId" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUGGESTED',
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" INTEGER,
    CONSTRAINT "Match_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "needId" INTEGER NOT NULL,
    "scheduledAt" DATETIME NOT NULL,
    "venue" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "outcome" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Workshop_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkshopInvite" (
    "workshopId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "solutionId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'INVITED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("workshopId", "organisationId"),
    CONSTRAINT "WorkshopInvite_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkshopInvite_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WorkshopInvite_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "themeZh" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "venue" TEXT NOT NULL,
    "partnerId" INTEGER,
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "registrationOpensAt" DATETIME NOT NULL,
    "registrationClosesAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "registrationVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Forum_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ForumRegistration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "forumId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "status" TEXT NOT NULL,
    "checkInCode" TEXT NOT NULL,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" DATETIME,
    "cancelledAt" DATETIME,
    "attendedAt" DATETIME,
    CONSTRAINT "ForumRegistration_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ForumRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ForumRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Poc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "refCode" TEXT NOT NULL,
    "needId" INTEGER NOT NULL,
    "solutionId" INTEGER NOT NULL,
    "governmentOrgId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "completedAt" DATETIME,
    "findings" TEXT,
    "feedbackToProvider" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Poc_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ServiceNeed" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Poc_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Poc_governmentOrgId_fkey" FOREIGN KEY ("governmentOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Poc_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Adoption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pocId" INTEGER NOT NULL,
    "adoptedOn" DATETIME NOT NULL,
    "scale" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Adoption_pocId_fkey" FOREIGN KEY ("pocId") REFERENCES "Poc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "topicKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Subscription_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "audience" JSONB NOT NULL,
    "eventId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Alert_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "DomainEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alertId" INTEGER NOT NULL,
    "identityId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Delivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Delivery_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChatIdentity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Counter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ChatSession" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "data" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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

