/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RefreshAccessToken($refreshToken: String!) {\n    refreshAccessToken(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshTokenExpiresAt }\n  }\n": typeof types.RefreshAccessTokenDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id displayName role providerId regionScope } }\n": typeof types.CreateUserDocument,
    "\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id displayName phone role providerId regionScope disabledAt createdAt }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $input: ChangeUserRoleInput!) { changeUserRole(userId: $userId, input: $input) { id role providerId regionScope } }\n": typeof types.ChangeUserRoleDocument,
    "mutation DisableUser($userId: ID!, $reason: String!) { disableUser(userId: $userId, reason: $reason) { id disabledAt } }": typeof types.DisableUserDocument,
    "mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { id disabledAt } }": typeof types.EnableUserDocument,
    "mutation ResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }": typeof types.ResetPasswordDocument,
    "\n  query FailedEvents($after: String) {\n    failedEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id eventId eventName handler attempts error occurredAt failedAt payload }\n    }\n  }\n": typeof types.FailedEventsDocument,
    "mutation RetryFailedEvent($id: ID!) { retryFailedEvent(id: $id) }": typeof types.RetryFailedEventDocument,
    "\n  query AdminRatingRubric($kind: ProviderKind!) {\n    ratingRubric(kind: $kind) {\n      id kind version publishedAt maxPoints starThresholds\n      sections { code title titleEn items { code title titleEn maxPoints } }\n      prerequisites { star code value description }\n    }\n  }\n": typeof types.AdminRatingRubricDocument,
    "\n  mutation PublishRatingRubric($input: PublishRatingRubricInput!) { publishRatingRubric(input: $input) { id kind version maxPoints } }\n": typeof types.PublishRatingRubricDocument,
    "\n  query HomeCareRulesView {\n    homeCareRules {\n      regionCode geofenceMeters minBookingLeadMinutes cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter\n      noShowGraceMinutes slotStepMinutes travelBufferMinutes minVisitMinutes maxVisitMinutes maxSlotWindowDays homeBedHorizonWeeks\n    }\n  }\n": typeof types.HomeCareRulesViewDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query CarePlanOf($elderId: ID!, $providerId: ID!) {\n    carePlan(elderId: $elderId, providerId: $providerId) { id goals updatedAt tasks { id title service instructions required schedule weekdays } }\n    suggestedCarePlan(elderId: $elderId) { goals tasks { title service instructions required schedule weekdays } }\n  }\n": typeof types.CarePlanOfDocument,
    "\n  mutation SetCarePlan($input: CarePlanInput!) { setCarePlan(input: $input) { id goals updatedAt tasks { id title service instructions required schedule weekdays } } }\n": typeof types.SetCarePlanDocument,
    "\n  query CareServedElders($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }\n": typeof types.CareServedEldersDocument,
    "query CareElderDevices($elderId: ID!) { elderDevices(elderId: $elderId) { id label createdAt revokedAt } }": typeof types.CareElderDevicesDocument,
    "\n  mutation CareCreateDevice($elderId: ID!, $label: String!) { createDeviceAccount(elderId: $elderId, label: $label) { loginId secret device { id label } } }\n": typeof types.CareCreateDeviceDocument,
    "mutation CareRevokeDevice($id: ID!) { revokeDeviceAccount(id: $id) { id revokedAt } }": typeof types.CareRevokeDeviceDocument,
    "query CareEmergencyAlerts { careAlerts(first: 100) { id kind subjectId elderId createdAt } }": typeof types.CareEmergencyAlertsDocument,
    "\n  query CareEmergency($id: ID!) { emergency(id: $id) { id elderId kind status raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote location { latitude longitude } } }\n": typeof types.CareEmergencyDocument,
    "mutation CareAcknowledgeEmergency($id: ID!) { acknowledgeEmergency(id: $id) { id status acknowledgedAt } }": typeof types.CareAcknowledgeEmergencyDocument,
    "mutation CareResolveEmergency($id: ID!, $note: String!) { resolveEmergency(id: $id, note: $note) { id status resolvedAt resolutionNote } }": typeof types.CareResolveEmergencyDocument,
    "\n  query CareIncidents($elderId: ID!) {\n    incidents(filter: { elderId: $elderId }, first: 50) { totalCount nodes { id kind severity serious status occurredAt place description actionsTaken outcome } }\n  }\n": typeof types.CareIncidentsDocument,
    "mutation CareReportIncident($input: IncidentInput!) { reportIncident(input: $input) { id status } }": typeof types.CareReportIncidentDocument,
    "mutation CareStartIncidentReview($id: ID!) { startIncidentReview(id: $id) { id status } }": typeof types.CareStartIncidentReviewDocument,
    "mutation CareCloseIncident($id: ID!, $outcome: String!) { closeIncident(id: $id, outcome: $outcome) { id status outcome } }": typeof types.CareCloseIncidentDocument,
    "\n  query CareMedication($elderId: ID!) {\n    medicationOrders(elderId: $elderId) { id drugName dose route timesOfDay startsOn endsOn prescriberNote }\n    medicationAdministrations(elderId: $elderId, first: 200) { id medicationOrderId scheduledAt status reason at }\n  }\n": typeof types.CareMedicationDocument,
    "\n  mutation CareSetMedicationOrder($input: MedicationOrderInput!) { setMedicationOrder(input: $input) { id } }\n": typeof types.CareSetMedicationOrderDocument,
    "\n  mutation CareRecordDose($input: MedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id status } }\n": typeof types.CareRecordDoseDocument,
    "\n  query CareObservations($elderId: ID!) {\n    observations(elderId: $elderId, first: 50) { id observedAt foodIntake fluidMl mood pain nightToileting pulse weightKg bloodGlucose bloodPressure { systolic diastolic } note }\n  }\n": typeof types.CareObservationsDocument,
    "\n  mutation CareRecordObservation($input: ObservationInput!) { recordObservation(input: $input) { id } }\n": typeof types.CareRecordObservationDocument,
    "\n  query CareRatingReadiness($providerId: ID!) {\n    ratingReadiness(providerId: $providerId) {\n      rubricVersion caregiverCount fullyDependentResidentCount occupiedBeds totalBeds roomCount roomsWithOwnBathroomCount incidentsLast12Months\n      lastTotalPoints scoreStars predictedStars failedPrerequisites prerequisites { star code met value required }\n    }\n  }\n": typeof types.CareRatingReadinessDocument,
    "query CareEldersAtRisk($providerId: ID!) { eldersAtRisk(providerId: $providerId) { id elderId rule detail recordIds createdAt } }": typeof types.CareEldersAtRiskDocument,
    "mutation CareAcknowledgeRisk($id: ID!) { acknowledgeRiskAlert(id: $id) { id acknowledgedAt } }": typeof types.CareAcknowledgeRiskDocument,
    "query CareElderNames($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }": typeof types.CareElderNamesDocument,
    "\n  query CaregiverVisits($filter: HomeCareOrderFilter) {\n    homeCareOrders(filter: $filter, first: 100) {\n      nodes {\n        id status service startsAt endsAt durationMinutes notes\n        elder { id fullName address phone }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        tasks { id title required status note }\n      }\n    }\n  }\n": typeof types.CaregiverVisitsDocument,
    "subscription CaregiverVisitChanged { homeCareOrderChanged { id status } }": typeof types.CaregiverVisitChangedDocument,
    "\n  mutation CheckIn($orderId: ID!, $location: GeoPointInput!) {\n    checkInVisit(orderId: $orderId, location: $location) { id status checkIn { at distanceMeters flagged } }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation CheckOut($orderId: ID!, $location: GeoPointInput!, $notes: String, $tasks: [VisitTaskResultInput!]) {\n    checkOutVisit(orderId: $orderId, location: $location, notes: $notes, tasks: $tasks) { id status checkOut { at distanceMeters flagged } tasks { id status note } }\n  }\n": typeof types.CheckOutDocument,
    "\n  mutation RecordVisitObservation($input: ObservationInput!) {\n    recordObservation(input: $input) { id observedAt foodIntake mood pain }\n  }\n": typeof types.RecordVisitObservationDocument,
    "\n  query ElderBeds($elderId: ID!) {\n    bedReservations(filter: { elderId: $elderId }, first: 50) {\n      nodes { id status category expiresAt admittedAt createdAt provider { id name } }\n    }\n    elderBedWaitlist(elderId: $elderId) {\n      id status category position requestedAt provider { id name }\n      offers { id expiresAt outcome reservationId }\n    }\n  }\n": typeof types.ElderBedsDocument,
    "\n  query ResidentialProviders {\n    providers(filter: { kinds: [NURSING_HOME] }, first: 100) {\n      nodes { id name capacity { category available } }\n    }\n  }\n": typeof types.ResidentialProvidersDocument,
    "subscription ElderWaitlistChanged($elderId: ID!) { bedWaitlistChanged(elderId: $elderId) { id status position } }": typeof types.ElderWaitlistChangedDocument,
    "mutation ReserveBed($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt } }": typeof types.ReserveBedDocument,
    "mutation JoinWaitlist($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position } }": typeof types.JoinWaitlistDocument,
    "mutation LeaveWaitlist($entryId: ID!) { leaveBedWaitlist(entryId: $entryId) { id status } }": typeof types.LeaveWaitlistDocument,
    "\n  query BookingProvider($id: ID!) {\n    provider(id: $id) { id name address services { kind priceFen unit durationMinutes } }\n  }\n": typeof types.BookingProviderDocument,
    "\n  mutation BookVisit($input: BookHomeCareVisitInput!) {\n    bookHomeCareVisit(input: $input) { id status startsAt priceFen subsidyFen copayFen }\n  }\n": typeof types.BookVisitDocument,
    "\n  query ElderDay($elderId: ID!, $from: DateTime!, $to: DateTime!) {\n    homeCareOrders(filter: { elderId: $elderId, from: $from, to: $to }, first: 50) {\n      nodes {\n        id status service startsAt endsAt visitNotes\n        caregiver { id displayName }\n        checkIn { at } checkOut { at }\n        tasks { id title required status note }\n      }\n    }\n    observations(elderId: $elderId, first: 100) {\n      id observedAt foodIntake fluidMl mood pain pulse bloodGlucose weightKg skinProblems nightToileting note orderId\n      bloodPressure { systolic diastolic }\n    }\n    incidents(filter: { elderId: $elderId }, first: 50) {\n      nodes { id kind severity status occurredAt place description actionsTaken outcome }\n    }\n  }\n": typeof types.ElderDayDocument,
    "subscription ElderDayVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status } }": typeof types.ElderDayVisitChangedDocument,
    "\n  query MatchProviders($need: CareNeedInput!) {\n    matchProviders(need: $need, first: 10) {\n      score distanceKm setting bedCategory availableBeds estimatedMonthlyCostFen estimatedSubsidyFen\n      reasons { factor weight value detail }\n      provider {\n        id name kind address phone location { latitude longitude }\n        currentRating { stars }\n        reviewSummary { average count }\n        services { kind priceFen unit durationMinutes }\n      }\n    }\n  }\n": typeof types.MatchProvidersDocument,
    "query MyGuardianInvitations { myElderGuardianInvitations { id elderName invitedBy createdAt expiresAt } }": typeof types.MyGuardianInvitationsDocument,
    "mutation AcceptGuardianInvitation($invitationId: ID!) { acceptElderGuardianInvitation(invitationId: $invitationId) { id fullName } }": typeof types.AcceptGuardianInvitationDocument,
    "mutation InviteGuardian($elderId: ID!, $phone: String!) { addElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }": typeof types.InviteGuardianDocument,
    "mutation RemoveGuardian($elderId: ID!, $phone: String!) { removeElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }": typeof types.RemoveGuardianDocument,
    "\n  query ElderStatement($elderId: ID!, $month: String!) {\n    elderStatement(elderId: $elderId, month: $month) {\n      elderId month copayFen bedFeesFen paymentsFen balanceFen\n      lines { kind at description amountFen days orderId reservationId paymentId providerId }\n    }\n  }\n": typeof types.ElderStatementDocument,
    "\n  query ElderStatementExport($elderId: ID!, $month: String!, $format: ExportFormat!) {\n    elderStatementExport(elderId: $elderId, month: $month, format: $format) { fileName contentType contentBase64 }\n  }\n": typeof types.ElderStatementExportDocument,
    "\n  query MyElders {\n    myElders {\n      id fullName gender birthDate age idNumberMasked regionCode address phone categories verifiedCategories selfCareClass careLevel\n      location { latitude longitude }\n      nextAssessmentDue\n      latestAssessment { id totalScore scoreLevel finalLevel assessedAt dimensionScores { selfCare mobility mentalState perceptionSocial } }\n      subsidy { monthlyAllowanceFen coverageRate basis ruleCode }\n      guardians { userId displayName since }\n    }\n  }\n": typeof types.MyEldersDocument,
    "\n  mutation CreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName } }\n": typeof types.CreateElderDocument,
    "\n  mutation UpdateElder($id: ID!, $input: UpdateElderInput!) { updateElder(id: $id, input: $input) { id fullName } }\n": typeof types.UpdateElderDocument,
    "\n  query MyVisits($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt durationMinutes priceFen subsidyFen copayFen cancelReason cancelledLate visitNotes\n        elder { id }\n        provider { id name phone }\n        caregiver { id displayName }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        review { stars comment }\n      }\n    }\n  }\n": typeof types.MyVisitsDocument,
    "subscription MyVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status startsAt } }": typeof types.MyVisitChangedDocument,
    "mutation CancelVisit($orderId: ID!, $reason: String!) { cancelHomeCareOrder(orderId: $orderId, reason: $reason) { id status } }": typeof types.CancelVisitDocument,
    "mutation RescheduleVisit($orderId: ID!, $startsAt: DateTime!) { rescheduleHomeCareOrder(orderId: $orderId, startsAt: $startsAt) { id status startsAt } }": typeof types.RescheduleVisitDocument,
    "mutation ReviewVisit($orderId: ID!, $stars: Int!, $comment: String) { reviewHomeCareOrder(orderId: $orderId, stars: $stars, comment: $comment) { id review { stars comment } } }": typeof types.ReviewVisitDocument,
    "\n  query VisitSlots($providerId: ID!, $service: ServiceKind!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int!, $elderId: ID) {\n    availableVisitSlots(providerId: $providerId, service: $service, from: $from, to: $to, durationMinutes: $durationMinutes, elderId: $elderId) {\n      startsAt endsAt freeCaregivers\n    }\n  }\n": typeof types.VisitSlotsDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind title body urgent createdAt readAt }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": typeof types.UnreadNotificationCountDocument,
    "subscription NotificationAdded { notificationAdded { id kind title body urgent createdAt } }": typeof types.NotificationAddedDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.MarkNotificationsReadDocument,
    "\n  query RegionStats($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode elders eldersNotAssessed homeBeds unrated nursingBedShare occupancyRate\n      providersByKind { kind count }\n      beds { category total occupied reserved }\n      starDistribution { stars count }\n      eldersByCareLevel { level count }\n      homeCareOrders { total completed cancelled noShow }\n      extremePoverty { total centralized dependent dependentCentralized dependentCentralizedRate }\n    }\n  }\n": typeof types.RegionStatsDocument,
    "\n  mutation ImportProviders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n": typeof types.ImportProvidersDocument,
    "\n  mutation ImportElders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importElders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n": typeof types.ImportEldersDocument,
    "\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName status progress totalRows processedRows createdRows updatedRows unchangedRows rejectedRows dryRun allOrNothing committed failure createdAt finishedAt\n      errors { row column message }\n    }\n  }\n": typeof types.ImportJobProgressDocument,
    "query ImportTemplate($kind: ImportFileKind!) { importTemplate(kind: $kind) { url fileName expiresAt } }": typeof types.ImportTemplateDocument,
    "\n  mutation ExportReport($kind: ReportKind!, $regionCode: String!, $format: ExportFormat!, $from: String, $to: String) {\n    exportReport(kind: $kind, regionCode: $regionCode, format: $format, from: $from, to: $to) { url fileName expiresAt }\n  }\n": typeof types.ExportReportDocument,
    "\n  query OfficerElders($filter: ElderFilter, $after: String) {\n    elders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id fullName age gender regionCode idNumberMasked categories verifiedCategories careLevel nextAssessmentDue latestAssessment { totalScore finalLevel assessedAt } }\n    }\n  }\n": typeof types.OfficerEldersDocument,
    "\n  mutation RecordAssessment($input: CapabilityAssessmentInput!) {\n    recordCapabilityAssessment(input: $input) { id totalScore scoreLevel finalLevel adjustments nextAssessmentDue dimensionScores { selfCare mobility mentalState perceptionSocial } }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation OfficerCreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName verifiedCategories } }\n": typeof types.OfficerCreateElderDocument,
    "\n  mutation OfficerLinkElderProvider($elderId: ID!, $providerId: ID!) { linkElderProvider(elderId: $elderId, providerId: $providerId) { id } }\n": typeof types.OfficerLinkElderProviderDocument,
    "\n  query OfficerProviderPick($filter: ProviderFilter) { providers(filter: $filter, first: 50) { nodes { id name regionCode } } }\n": typeof types.OfficerProviderPickDocument,
    "\n  query OfficerHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks maxSlotWindowDays\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n": typeof types.OfficerHomeCareRulesDocument,
    "\n  mutation SetHomeCareRules($regionPrefix: String!, $input: HomeCareRulesInput!) { setHomeCareRules(regionPrefix: $regionPrefix, input: $input) { regionCode } }\n": typeof types.SetHomeCareRulesDocument,
    "\n  query OfficerIncidents($filter: IncidentFilter, $after: String) {\n    incidents(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id kind severity serious status occurredAt place description actionsTaken outcome regionCode providerId elderId\n        events { status fromStatus actorRole at }\n      }\n    }\n  }\n": typeof types.OfficerIncidentsDocument,
    "\n  query OfficerProviders($filter: ProviderFilter, $after: String) {\n    providers(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id name kind ownership regionCode address phone serviceRadiusKm acceptsCareLevels dementiaCare\n        location { latitude longitude }\n        currentRating { stars validUntil }\n        capacity { category total occupied available }\n      }\n    }\n  }\n": typeof types.OfficerProvidersDocument,
    "mutation CreateProvider($input: CreateProviderInput!) { createProvider(input: $input) { id name } }": typeof types.CreateProviderDocument,
    "mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name } }": typeof types.UpdateProviderDocument,
    "\n  query RatingAssessments($filter: RatingAssessmentFilter, $after: String) {\n    ratingAssessments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status stars totalPoints startedAt publishedAt validUntil provider { id name kind } }\n    }\n  }\n": typeof types.RatingAssessmentsDocument,
    "query RatingProviderOptions { providers(first: 100) { nodes { id name kind } } }": typeof types.RatingProviderOptionsDocument,
    "mutation StartRating($providerId: ID!, $facts: RatingFactsInput) { startRatingAssessment(providerId: $providerId, facts: $facts) { id } }": typeof types.StartRatingDocument,
    "\n  query RatingDetail($id: ID!) {\n    ratingAssessment(id: $id) {\n      id status stars scoreStars totalPoints rubricVersion failedPrerequisites unscoredItemCodes validUntil\n      provider { id name kind }\n      facts { caregiverCount fullyDependentResidentCount roomCount roomsWithOwnBathroomCount occupiedBeds totalBeds }\n      prerequisiteResults { code star required actual met }\n      scores { itemCode points note }\n      rubric { version maxPoints starThresholds sections { code title maxPoints items { code title maxPoints } } }\n    }\n  }\n": typeof types.RatingDetailDocument,
    "mutation ScoreRating($assessmentId: ID!, $scores: [RatingItemScoreInput!]!) { scoreRatingItems(assessmentId: $assessmentId, scores: $scores) { id totalPoints unscoredItemCodes } }": typeof types.ScoreRatingDocument,
    "mutation RecordRatingFacts($assessmentId: ID!, $facts: RatingFactsInput!) { recordRatingFacts(assessmentId: $assessmentId, facts: $facts) { id } }": typeof types.RecordRatingFactsDocument,
    "mutation FinalizeRating($assessmentId: ID!) { finalizeRatingAssessment(assessmentId: $assessmentId) { id status stars failedPrerequisites validUntil } }": typeof types.FinalizeRatingDocument,
    "\n  query RegionRiskAlerts($regionCode: String!) {\n    riskAlerts(regionCode: $regionCode) { regionCode openAlerts eldersAtRisk byRule { rule count } }\n    incidents(filter: { regionCode: $regionCode, serious: true, status: [REPORTED, UNDER_REVIEW] }, first: 1) { totalCount }\n  }\n": typeof types.RegionRiskAlertsDocument,
    "\n  query SubsidyRules($regionCode: String!) {\n    subsidyRules(regionCode: $regionCode) {\n      id regionPrefix effectiveFrom\n      rules { id code basis position minAge minCareLevel anyOfCategories monthlyAllowanceFen coverageRate coverageRateBp fundingSource }\n    }\n    ratingSubsidyTiers { kind regionPrefix stars flatMonthlyFen perOccupiedBedMonthlyFen fundingSource }\n  }\n": typeof types.SubsidyRulesDocument,
    "\n  mutation SetSubsidyRules($input: SetSubsidyRulesInput!) { setSubsidyRules(input: $input) { id regionPrefix effectiveFrom } }\n": typeof types.SetSubsidyRulesDocument,
    "\n  mutation SetRatingSubsidyTiers($kind: ProviderKind!, $regionPrefix: String!, $tiers: [RatingSubsidyTierInput!]!) {\n    setRatingSubsidyTiers(kind: $kind, regionPrefix: $regionPrefix, tiers: $tiers) { kind regionPrefix stars }\n  }\n": typeof types.SetRatingSubsidyTiersDocument,
    "\n  query SettlementLedger($regionCode: String!, $from: String!, $to: String!) {\n    settlementLedger(regionCode: $regionCode, from: $from, to: $to) {\n      regionCode from to totalFen approvedStatementsTotalFen\n      byMonth { month totalFen }\n      bySource { fundingSource totalFen }\n      byProvider { providerId totalFen }\n    }\n    providers(filter: { regionCode: $regionCode }, first: 100) { nodes { id name } }\n  }\n": typeof types.SettlementLedgerDocument,
    "\n  query SettlementLedgerExport($regionCode: String!, $from: String!, $to: String!, $format: ExportFormat!) {\n    settlementLedgerExport(regionCode: $regionCode, from: $from, to: $to, format: $format) { fileName contentType contentBase64 }\n  }\n": typeof types.SettlementLedgerExportDocument,
    "\n  query SettlementRulesInForce($regionCode: String!) {\n    settlementRules(regionCode: $regionCode) {\n      regionCode homeBedFundingSource homeBedMonthlySubsidyFen institutionalSupportFundingSource maxTravelKmh shortVisitShareBp\n      supportRates { careLevel monthlyFen }\n    }\n  }\n": typeof types.SettlementRulesInForceDocument,
    "\n  mutation SetSettlementRules($regionPrefix: String!, $input: SettlementRulesInput!) {\n    setSettlementRules(regionPrefix: $regionPrefix, input: $input) { regionCode }\n  }\n": typeof types.SetSettlementRulesDocument,
    "\n  query SettlementStatements($filter: SettlementFilter, $after: String) {\n    settlementStatements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference }\n    }\n  }\n": typeof types.SettlementStatementsDocument,
    "\n  query StatementDetail($id: ID!) {\n    settlementStatement(id: $id) {\n      id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference\n      lines { id lineKind status amountFen basis days elderId orderId adjustsLineId holdReasons decision { accepted note at } }\n      events { action actorRole at fromStatus toStatus note lineId }\n    }\n  }\n": typeof types.StatementDetailDocument,
    "query SettlementProviderNames($filter: ProviderFilter) { providers(filter: $filter, first: 100) { nodes { id name } } }": typeof types.SettlementProviderNamesDocument,
    "mutation GenerateSettlement($providerId: ID!, $month: String!) { generateSettlement(providerId: $providerId, month: $month) { id status } }": typeof types.GenerateSettlementDocument,
    "mutation SubmitSettlement($id: ID!) { submitSettlement(id: $id) { id status submittedAt } }": typeof types.SubmitSettlementDocument,
    "mutation ApproveSettlement($id: ID!) { approveSettlement(id: $id) { id status approvedAt totalFen } }": typeof types.ApproveSettlementDocument,
    "mutation RejectSettlement($id: ID!, $reason: String!) { rejectSettlement(id: $id, reason: $reason) { id status } }": typeof types.RejectSettlementDocument,
    "mutation MarkSettlementPaid($id: ID!, $reference: String!, $paidOn: String!) { markSettlementPaid(id: $id, reference: $reference, paidOn: $paidOn) { id status paidOn paymentReference } }": typeof types.MarkSettlementPaidDocument,
    "mutation DecideSettlementLine($lineId: ID!, $accept: Boolean!, $note: String!) { decideSettlementLine(lineId: $lineId, accept: $accept, note: $note) { id status } }": typeof types.DecideSettlementLineDocument,
    "mutation AddSettlementAdjustment($input: SettlementAdjustmentInput!) { addSettlementAdjustment(input: $input) { id amountFen } }": typeof types.AddSettlementAdjustmentDocument,
    "query SettlementStatementExport($id: ID!, $format: ExportFormat!) { settlementStatementExport(id: $id, format: $format) { fileName contentType contentBase64 } }": typeof types.SettlementStatementExportDocument,
    "\n  query StaffCapacity($id: ID!) {\n    provider(id: $id) {\n      id name kind\n      capacity { category total occupied reserved available version updatedAt monthlyPriceFen }\n    }\n  }\n": typeof types.StaffCapacityDocument,
    "\n  mutation UpdateCapacity($input: UpdateBedCapacityInput!) {\n    updateBedCapacity(input: $input) { providerId category total occupied reserved available version updatedAt monthlyPriceFen }\n  }\n": typeof types.UpdateCapacityDocument,
    "\n  query StaffCaregivers($providerId: ID!) {\n    caregivers(providerId: $providerId) {\n      id displayName qualifiedServices customHours customQualifications\n      workingHours { weekday startTime endTime }\n    }\n    homeBeds(providerId: $providerId) {\n      id elderId status createdAt generatedUntil endedAt endReason plan { weekday time service durationMinutes }\n    }\n    provider(id: $providerId) { id services { kind } }\n    elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } }\n  }\n": typeof types.StaffCaregiversDocument,
    "\n  mutation SetCaregiverProfile($caregiverId: ID!, $input: SetCaregiverProfileInput!) {\n    setCaregiverProfile(caregiverId: $caregiverId, input: $input) { id qualifiedServices customHours customQualifications workingHours { weekday startTime endTime } }\n  }\n": typeof types.SetCaregiverProfileDocument,
    "\n  mutation RegisterHomeBed($input: RegisterHomeBedInput!) {\n    registerHomeBed(input: $input) { homeBed { id status } booked { id } skipped { startsAt service reason } }\n  }\n": typeof types.RegisterHomeBedDocument,
    "mutation EndHomeBed($homeBedId: ID!, $reason: String!) { endHomeBed(homeBedId: $homeBedId, reason: $reason) { id status endedAt } }": typeof types.EndHomeBedDocument,
    "\n  mutation ExtendHomeBedVisits($homeBedId: ID!) { extendHomeBedVisits(homeBedId: $homeBedId) { homeBed { id generatedUntil } booked { id } skipped { startsAt service reason } } }\n": typeof types.ExtendHomeBedVisitsDocument,
    "\n  query StaffOrders($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt priceFen\n        elder { id fullName address }\n        caregiver { id displayName }\n        checkIn { flagged distanceMeters }\n        checkOut { flagged distanceMeters }\n      }\n    }\n  }\n": typeof types.StaffOrdersDocument,
    "subscription StaffOrderChanged($providerId: ID) { homeCareOrderChanged(providerId: $providerId) { id status } }": typeof types.StaffOrderChangedDocument,
    "query StaffCaregiverOptions($providerId: ID!) { caregivers(providerId: $providerId) { id displayName qualifiedServices } }": typeof types.StaffCaregiverOptionsDocument,
    "mutation AssignCaregiver($orderId: ID!, $caregiverId: ID!) { assignCaregiver(orderId: $orderId, caregiverId: $caregiverId) { id status caregiver { id displayName } } }": typeof types.AssignCaregiverDocument,
    "\n  query StaffReservations($filter: BedReservationFilter, $after: String) {\n    bedReservations(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status category expiresAt createdAt admittedAt governmentSupported fromWaitlist elder { id fullName age careLevel } }\n    }\n  }\n": typeof types.StaffReservationsDocument,
    "\n  query StaffWaitlist($providerId: ID!, $category: BedCategory!) {\n    bedWaitlist(providerId: $providerId, category: $category) {\n      id status position requestedAt elder { id fullName age careLevel }\n      offers { id expiresAt outcome }\n    }\n  }\n": typeof types.StaffWaitlistDocument,
    "subscription StaffBedsChanged($providerId: ID!) { bedCapacityChanged(providerId: $providerId) { category available } }": typeof types.StaffBedsChangedDocument,
    "mutation AdmitReservation($reservationId: ID!) { admitReservation(reservationId: $reservationId) { id status admittedAt } }": typeof types.AdmitReservationDocument,
    "mutation ReleaseReservation($reservationId: ID!, $reason: String!) { releaseReservation(reservationId: $reservationId, reason: $reason) { id status } }": typeof types.ReleaseReservationDocument,
    "mutation DischargeResident($reservationId: ID!, $reason: String!) { dischargeResident(reservationId: $reservationId, reason: $reason) { id status } }": typeof types.DischargeResidentDocument,
    "\n  query StaffServices($providerId: ID!) {\n    provider(id: $providerId) { id name regionCode homeCareAutoAssign services { kind priceFen unit durationMinutes } }\n  }\n": typeof types.StaffServicesDocument,
    "\n  query StaffHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n": typeof types.StaffHomeCareRulesDocument,
    "\n  mutation SetProviderServices($providerId: ID!, $services: [ServiceOfferingInput!]!) {\n    setProviderServices(providerId: $providerId, services: $services) { id services { kind priceFen unit durationMinutes } }\n  }\n": typeof types.SetProviderServicesDocument,
    "\n  mutation SetHomeCareAutoAssign($providerId: ID!, $enabled: Boolean!) { setHomeCareAutoAssign(providerId: $providerId, enabled: $enabled) { providerId autoAssign } }\n": typeof types.SetHomeCareAutoAssignDocument,
    "\n  mutation RaiseEmergency($elderId: ID!, $kind: String!, $location: GeoPointInput) {\n    raiseEmergency(elderId: $elderId, kind: $kind, location: $location) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n": typeof types.RaiseEmergencyDocument,
    "\n  subscription EmergencyChanged($id: ID!) {\n    emergencyChanged(id: $id) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n": typeof types.EmergencyChangedDocument,
    "\n  mutation ImportProvidersForTest($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n": typeof types.ImportProvidersForTestDocument,
};
const documents: Documents = {
    "\n  mutation RefreshAccessToken($refreshToken: String!) {\n    refreshAccessToken(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshTokenExpiresAt }\n  }\n": types.RefreshAccessTokenDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id displayName role providerId regionScope } }\n": types.CreateUserDocument,
    "\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id displayName phone role providerId regionScope disabledAt createdAt }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $input: ChangeUserRoleInput!) { changeUserRole(userId: $userId, input: $input) { id role providerId regionScope } }\n": types.ChangeUserRoleDocument,
    "mutation DisableUser($userId: ID!, $reason: String!) { disableUser(userId: $userId, reason: $reason) { id disabledAt } }": types.DisableUserDocument,
    "mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { id disabledAt } }": types.EnableUserDocument,
    "mutation ResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }": types.ResetPasswordDocument,
    "\n  query FailedEvents($after: String) {\n    failedEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id eventId eventName handler attempts error occurredAt failedAt payload }\n    }\n  }\n": types.FailedEventsDocument,
    "mutation RetryFailedEvent($id: ID!) { retryFailedEvent(id: $id) }": types.RetryFailedEventDocument,
    "\n  query AdminRatingRubric($kind: ProviderKind!) {\n    ratingRubric(kind: $kind) {\n      id kind version publishedAt maxPoints starThresholds\n      sections { code title titleEn items { code title titleEn maxPoints } }\n      prerequisites { star code value description }\n    }\n  }\n": types.AdminRatingRubricDocument,
    "\n  mutation PublishRatingRubric($input: PublishRatingRubricInput!) { publishRatingRubric(input: $input) { id kind version maxPoints } }\n": types.PublishRatingRubricDocument,
    "\n  query HomeCareRulesView {\n    homeCareRules {\n      regionCode geofenceMeters minBookingLeadMinutes cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter\n      noShowGraceMinutes slotStepMinutes travelBufferMinutes minVisitMinutes maxVisitMinutes maxSlotWindowDays homeBedHorizonWeeks\n    }\n  }\n": types.HomeCareRulesViewDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n": types.RegisterDocument,
    "\n  query CarePlanOf($elderId: ID!, $providerId: ID!) {\n    carePlan(elderId: $elderId, providerId: $providerId) { id goals updatedAt tasks { id title service instructions required schedule weekdays } }\n    suggestedCarePlan(elderId: $elderId) { goals tasks { title service instructions required schedule weekdays } }\n  }\n": types.CarePlanOfDocument,
    "\n  mutation SetCarePlan($input: CarePlanInput!) { setCarePlan(input: $input) { id goals updatedAt tasks { id title service instructions required schedule weekdays } } }\n": types.SetCarePlanDocument,
    "\n  query CareServedElders($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }\n": types.CareServedEldersDocument,
    "query CareElderDevices($elderId: ID!) { elderDevices(elderId: $elderId) { id label createdAt revokedAt } }": types.CareElderDevicesDocument,
    "\n  mutation CareCreateDevice($elderId: ID!, $label: String!) { createDeviceAccount(elderId: $elderId, label: $label) { loginId secret device { id label } } }\n": types.CareCreateDeviceDocument,
    "mutation CareRevokeDevice($id: ID!) { revokeDeviceAccount(id: $id) { id revokedAt } }": types.CareRevokeDeviceDocument,
    "query CareEmergencyAlerts { careAlerts(first: 100) { id kind subjectId elderId createdAt } }": types.CareEmergencyAlertsDocument,
    "\n  query CareEmergency($id: ID!) { emergency(id: $id) { id elderId kind status raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote location { latitude longitude } } }\n": types.CareEmergencyDocument,
    "mutation CareAcknowledgeEmergency($id: ID!) { acknowledgeEmergency(id: $id) { id status acknowledgedAt } }": types.CareAcknowledgeEmergencyDocument,
    "mutation CareResolveEmergency($id: ID!, $note: String!) { resolveEmergency(id: $id, note: $note) { id status resolvedAt resolutionNote } }": types.CareResolveEmergencyDocument,
    "\n  query CareIncidents($elderId: ID!) {\n    incidents(filter: { elderId: $elderId }, first: 50) { totalCount nodes { id kind severity serious status occurredAt place description actionsTaken outcome } }\n  }\n": types.CareIncidentsDocument,
    "mutation CareReportIncident($input: IncidentInput!) { reportIncident(input: $input) { id status } }": types.CareReportIncidentDocument,
    "mutation CareStartIncidentReview($id: ID!) { startIncidentReview(id: $id) { id status } }": types.CareStartIncidentReviewDocument,
    "mutation CareCloseIncident($id: ID!, $outcome: String!) { closeIncident(id: $id, outcome: $outcome) { id status outcome } }": types.CareCloseIncidentDocument,
    "\n  query CareMedication($elderId: ID!) {\n    medicationOrders(elderId: $elderId) { id drugName dose route timesOfDay startsOn endsOn prescriberNote }\n    medicationAdministrations(elderId: $elderId, first: 200) { id medicationOrderId scheduledAt status reason at }\n  }\n": types.CareMedicationDocument,
    "\n  mutation CareSetMedicationOrder($input: MedicationOrderInput!) { setMedicationOrder(input: $input) { id } }\n": types.CareSetMedicationOrderDocument,
    "\n  mutation CareRecordDose($input: MedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id status } }\n": types.CareRecordDoseDocument,
    "\n  query CareObservations($elderId: ID!) {\n    observations(elderId: $elderId, first: 50) { id observedAt foodIntake fluidMl mood pain nightToileting pulse weightKg bloodGlucose bloodPressure { systolic diastolic } note }\n  }\n": types.CareObservationsDocument,
    "\n  mutation CareRecordObservation($input: ObservationInput!) { recordObservation(input: $input) { id } }\n": types.CareRecordObservationDocument,
    "\n  query CareRatingReadiness($providerId: ID!) {\n    ratingReadiness(providerId: $providerId) {\n      rubricVersion caregiverCount fullyDependentResidentCount occupiedBeds totalBeds roomCount roomsWithOwnBathroomCount incidentsLast12Months\n      lastTotalPoints scoreStars predictedStars failedPrerequisites prerequisites { star code met value required }\n    }\n  }\n": types.CareRatingReadinessDocument,
    "query CareEldersAtRisk($providerId: ID!) { eldersAtRisk(providerId: $providerId) { id elderId rule detail recordIds createdAt } }": types.CareEldersAtRiskDocument,
    "mutation CareAcknowledgeRisk($id: ID!) { acknowledgeRiskAlert(id: $id) { id acknowledgedAt } }": types.CareAcknowledgeRiskDocument,
    "query CareElderNames($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }": types.CareElderNamesDocument,
    "\n  query CaregiverVisits($filter: HomeCareOrderFilter) {\n    homeCareOrders(filter: $filter, first: 100) {\n      nodes {\n        id status service startsAt endsAt durationMinutes notes\n        elder { id fullName address phone }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        tasks { id title required status note }\n      }\n    }\n  }\n": types.CaregiverVisitsDocument,
    "subscription CaregiverVisitChanged { homeCareOrderChanged { id status } }": types.CaregiverVisitChangedDocument,
    "\n  mutation CheckIn($orderId: ID!, $location: GeoPointInput!) {\n    checkInVisit(orderId: $orderId, location: $location) { id status checkIn { at distanceMeters flagged } }\n  }\n": types.CheckInDocument,
    "\n  mutation CheckOut($orderId: ID!, $location: GeoPointInput!, $notes: String, $tasks: [VisitTaskResultInput!]) {\n    checkOutVisit(orderId: $orderId, location: $location, notes: $notes, tasks: $tasks) { id status checkOut { at distanceMeters flagged } tasks { id status note } }\n  }\n": types.CheckOutDocument,
    "\n  mutation RecordVisitObservation($input: ObservationInput!) {\n    recordObservation(input: $input) { id observedAt foodIntake mood pain }\n  }\n": types.RecordVisitObservationDocument,
    "\n  query ElderBeds($elderId: ID!) {\n    bedReservations(filter: { elderId: $elderId }, first: 50) {\n      nodes { id status category expiresAt admittedAt createdAt provider { id name } }\n    }\n    elderBedWaitlist(elderId: $elderId) {\n      id status category position requestedAt provider { id name }\n      offers { id expiresAt outcome reservationId }\n    }\n  }\n": types.ElderBedsDocument,
    "\n  query ResidentialProviders {\n    providers(filter: { kinds: [NURSING_HOME] }, first: 100) {\n      nodes { id name capacity { category available } }\n    }\n  }\n": types.ResidentialProvidersDocument,
    "subscription ElderWaitlistChanged($elderId: ID!) { bedWaitlistChanged(elderId: $elderId) { id status position } }": types.ElderWaitlistChangedDocument,
    "mutation ReserveBed($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt } }": types.ReserveBedDocument,
    "mutation JoinWaitlist($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position } }": types.JoinWaitlistDocument,
    "mutation LeaveWaitlist($entryId: ID!) { leaveBedWaitlist(entryId: $entryId) { id status } }": types.LeaveWaitlistDocument,
    "\n  query BookingProvider($id: ID!) {\n    provider(id: $id) { id name address services { kind priceFen unit durationMinutes } }\n  }\n": types.BookingProviderDocument,
    "\n  mutation BookVisit($input: BookHomeCareVisitInput!) {\n    bookHomeCareVisit(input: $input) { id status startsAt priceFen subsidyFen copayFen }\n  }\n": types.BookVisitDocument,
    "\n  query ElderDay($elderId: ID!, $from: DateTime!, $to: DateTime!) {\n    homeCareOrders(filter: { elderId: $elderId, from: $from, to: $to }, first: 50) {\n      nodes {\n        id status service startsAt endsAt visitNotes\n        caregiver { id displayName }\n        checkIn { at } checkOut { at }\n        tasks { id title required status note }\n      }\n    }\n    observations(elderId: $elderId, first: 100) {\n      id observedAt foodIntake fluidMl mood pain pulse bloodGlucose weightKg skinProblems nightToileting note orderId\n      bloodPressure { systolic diastolic }\n    }\n    incidents(filter: { elderId: $elderId }, first: 50) {\n      nodes { id kind severity status occurredAt place description actionsTaken outcome }\n    }\n  }\n": types.ElderDayDocument,
    "subscription ElderDayVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status } }": types.ElderDayVisitChangedDocument,
    "\n  query MatchProviders($need: CareNeedInput!) {\n    matchProviders(need: $need, first: 10) {\n      score distanceKm setting bedCategory availableBeds estimatedMonthlyCostFen estimatedSubsidyFen\n      reasons { factor weight value detail }\n      provider {\n        id name kind address phone location { latitude longitude }\n        currentRating { stars }\n        reviewSummary { average count }\n        services { kind priceFen unit durationMinutes }\n      }\n    }\n  }\n": types.MatchProvidersDocument,
    "query MyGuardianInvitations { myElderGuardianInvitations { id elderName invitedBy createdAt expiresAt } }": types.MyGuardianInvitationsDocument,
    "mutation AcceptGuardianInvitation($invitationId: ID!) { acceptElderGuardianInvitation(invitationId: $invitationId) { id fullName } }": types.AcceptGuardianInvitationDocument,
    "mutation InviteGuardian($elderId: ID!, $phone: String!) { addElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }": types.InviteGuardianDocument,
    "mutation RemoveGuardian($elderId: ID!, $phone: String!) { removeElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }": types.RemoveGuardianDocument,
    "\n  query ElderStatement($elderId: ID!, $month: String!) {\n    elderStatement(elderId: $elderId, month: $month) {\n      elderId month copayFen bedFeesFen paymentsFen balanceFen\n      lines { kind at description amountFen days orderId reservationId paymentId providerId }\n    }\n  }\n": types.ElderStatementDocument,
    "\n  query ElderStatementExport($elderId: ID!, $month: String!, $format: ExportFormat!) {\n    elderStatementExport(elderId: $elderId, month: $month, format: $format) { fileName contentType contentBase64 }\n  }\n": types.ElderStatementExportDocument,
    "\n  query MyElders {\n    myElders {\n      id fullName gender birthDate age idNumberMasked regionCode address phone categories verifiedCategories selfCareClass careLevel\n      location { latitude longitude }\n      nextAssessmentDue\n      latestAssessment { id totalScore scoreLevel finalLevel assessedAt dimensionScores { selfCare mobility mentalState perceptionSocial } }\n      subsidy { monthlyAllowanceFen coverageRate basis ruleCode }\n      guardians { userId displayName since }\n    }\n  }\n": types.MyEldersDocument,
    "\n  mutation CreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName } }\n": types.CreateElderDocument,
    "\n  mutation UpdateElder($id: ID!, $input: UpdateElderInput!) { updateElder(id: $id, input: $input) { id fullName } }\n": types.UpdateElderDocument,
    "\n  query MyVisits($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt durationMinutes priceFen subsidyFen copayFen cancelReason cancelledLate visitNotes\n        elder { id }\n        provider { id name phone }\n        caregiver { id displayName }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        review { stars comment }\n      }\n    }\n  }\n": types.MyVisitsDocument,
    "subscription MyVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status startsAt } }": types.MyVisitChangedDocument,
    "mutation CancelVisit($orderId: ID!, $reason: String!) { cancelHomeCareOrder(orderId: $orderId, reason: $reason) { id status } }": types.CancelVisitDocument,
    "mutation RescheduleVisit($orderId: ID!, $startsAt: DateTime!) { rescheduleHomeCareOrder(orderId: $orderId, startsAt: $startsAt) { id status startsAt } }": types.RescheduleVisitDocument,
    "mutation ReviewVisit($orderId: ID!, $stars: Int!, $comment: String) { reviewHomeCareOrder(orderId: $orderId, stars: $stars, comment: $comment) { id review { stars comment } } }": types.ReviewVisitDocument,
    "\n  query VisitSlots($providerId: ID!, $service: ServiceKind!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int!, $elderId: ID) {\n    availableVisitSlots(providerId: $providerId, service: $service, from: $from, to: $to, durationMinutes: $durationMinutes, elderId: $elderId) {\n      startsAt endsAt freeCaregivers\n    }\n  }\n": types.VisitSlotsDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind title body urgent createdAt readAt }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n": types.SetNotificationPreferencesDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": types.UnreadNotificationCountDocument,
    "subscription NotificationAdded { notificationAdded { id kind title body urgent createdAt } }": types.NotificationAddedDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.MarkNotificationsReadDocument,
    "\n  query RegionStats($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode elders eldersNotAssessed homeBeds unrated nursingBedShare occupancyRate\n      providersByKind { kind count }\n      beds { category total occupied reserved }\n      starDistribution { stars count }\n      eldersByCareLevel { level count }\n      homeCareOrders { total completed cancelled noShow }\n      extremePoverty { total centralized dependent dependentCentralized dependentCentralizedRate }\n    }\n  }\n": types.RegionStatsDocument,
    "\n  mutation ImportProviders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n": types.ImportProvidersDocument,
    "\n  mutation ImportElders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importElders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n": types.ImportEldersDocument,
    "\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName status progress totalRows processedRows createdRows updatedRows unchangedRows rejectedRows dryRun allOrNothing committed failure createdAt finishedAt\n      errors { row column message }\n    }\n  }\n": types.ImportJobProgressDocument,
    "query ImportTemplate($kind: ImportFileKind!) { importTemplate(kind: $kind) { url fileName expiresAt } }": types.ImportTemplateDocument,
    "\n  mutation ExportReport($kind: ReportKind!, $regionCode: String!, $format: ExportFormat!, $from: String, $to: String) {\n    exportReport(kind: $kind, regionCode: $regionCode, format: $format, from: $from, to: $to) { url fileName expiresAt }\n  }\n": types.ExportReportDocument,
    "\n  query OfficerElders($filter: ElderFilter, $after: String) {\n    elders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id fullName age gender regionCode idNumberMasked categories verifiedCategories careLevel nextAssessmentDue latestAssessment { totalScore finalLevel assessedAt } }\n    }\n  }\n": types.OfficerEldersDocument,
    "\n  mutation RecordAssessment($input: CapabilityAssessmentInput!) {\n    recordCapabilityAssessment(input: $input) { id totalScore scoreLevel finalLevel adjustments nextAssessmentDue dimensionScores { selfCare mobility mentalState perceptionSocial } }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation OfficerCreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName verifiedCategories } }\n": types.OfficerCreateElderDocument,
    "\n  mutation OfficerLinkElderProvider($elderId: ID!, $providerId: ID!) { linkElderProvider(elderId: $elderId, providerId: $providerId) { id } }\n": types.OfficerLinkElderProviderDocument,
    "\n  query OfficerProviderPick($filter: ProviderFilter) { providers(filter: $filter, first: 50) { nodes { id name regionCode } } }\n": types.OfficerProviderPickDocument,
    "\n  query OfficerHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks maxSlotWindowDays\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n": types.OfficerHomeCareRulesDocument,
    "\n  mutation SetHomeCareRules($regionPrefix: String!, $input: HomeCareRulesInput!) { setHomeCareRules(regionPrefix: $regionPrefix, input: $input) { regionCode } }\n": types.SetHomeCareRulesDocument,
    "\n  query OfficerIncidents($filter: IncidentFilter, $after: String) {\n    incidents(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id kind severity serious status occurredAt place description actionsTaken outcome regionCode providerId elderId\n        events { status fromStatus actorRole at }\n      }\n    }\n  }\n": types.OfficerIncidentsDocument,
    "\n  query OfficerProviders($filter: ProviderFilter, $after: String) {\n    providers(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id name kind ownership regionCode address phone serviceRadiusKm acceptsCareLevels dementiaCare\n        location { latitude longitude }\n        currentRating { stars validUntil }\n        capacity { category total occupied available }\n      }\n    }\n  }\n": types.OfficerProvidersDocument,
    "mutation CreateProvider($input: CreateProviderInput!) { createProvider(input: $input) { id name } }": types.CreateProviderDocument,
    "mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name } }": types.UpdateProviderDocument,
    "\n  query RatingAssessments($filter: RatingAssessmentFilter, $after: String) {\n    ratingAssessments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status stars totalPoints startedAt publishedAt validUntil provider { id name kind } }\n    }\n  }\n": types.RatingAssessmentsDocument,
    "query RatingProviderOptions { providers(first: 100) { nodes { id name kind } } }": types.RatingProviderOptionsDocument,
    "mutation StartRating($providerId: ID!, $facts: RatingFactsInput) { startRatingAssessment(providerId: $providerId, facts: $facts) { id } }": types.StartRatingDocument,
    "\n  query RatingDetail($id: ID!) {\n    ratingAssessment(id: $id) {\n      id status stars scoreStars totalPoints rubricVersion failedPrerequisites unscoredItemCodes validUntil\n      provider { id name kind }\n      facts { caregiverCount fullyDependentResidentCount roomCount roomsWithOwnBathroomCount occupiedBeds totalBeds }\n      prerequisiteResults { code star required actual met }\n      scores { itemCode points note }\n      rubric { version maxPoints starThresholds sections { code title maxPoints items { code title maxPoints } } }\n    }\n  }\n": types.RatingDetailDocument,
    "mutation ScoreRating($assessmentId: ID!, $scores: [RatingItemScoreInput!]!) { scoreRatingItems(assessmentId: $assessmentId, scores: $scores) { id totalPoints unscoredItemCodes } }": types.ScoreRatingDocument,
    "mutation RecordRatingFacts($assessmentId: ID!, $facts: RatingFactsInput!) { recordRatingFacts(assessmentId: $assessmentId, facts: $facts) { id } }": types.RecordRatingFactsDocument,
    "mutation FinalizeRating($assessmentId: ID!) { finalizeRatingAssessment(assessmentId: $assessmentId) { id status stars failedPrerequisites validUntil } }": types.FinalizeRatingDocument,
    "\n  query RegionRiskAlerts($regionCode: String!) {\n    riskAlerts(regionCode: $regionCode) { regionCode openAlerts eldersAtRisk byRule { rule count } }\n    incidents(filter: { regionCode: $regionCode, serious: true, status: [REPORTED, UNDER_REVIEW] }, first: 1) { totalCount }\n  }\n": types.RegionRiskAlertsDocument,
    "\n  query SubsidyRules($regionCode: String!) {\n    subsidyRules(regionCode: $regionCode) {\n      id regionPrefix effectiveFrom\n      rules { id code basis position minAge minCareLevel anyOfCategories monthlyAllowanceFen coverageRate coverageRateBp fundingSource }\n    }\n    ratingSubsidyTiers { kind regionPrefix stars flatMonthlyFen perOccupiedBedMonthlyFen fundingSource }\n  }\n": types.SubsidyRulesDocument,
    "\n  mutation SetSubsidyRules($input: SetSubsidyRulesInput!) { setSubsidyRules(input: $input) { id regionPrefix effectiveFrom } }\n": types.SetSubsidyRulesDocument,
    "\n  mutation SetRatingSubsidyTiers($kind: ProviderKind!, $regionPrefix: String!, $tiers: [RatingSubsidyTierInput!]!) {\n    setRatingSubsidyTiers(kind: $kind, regionPrefix: $regionPrefix, tiers: $tiers) { kind regionPrefix stars }\n  }\n": types.SetRatingSubsidyTiersDocument,
    "\n  query SettlementLedger($regionCode: String!, $from: String!, $to: String!) {\n    settlementLedger(regionCode: $regionCode, from: $from, to: $to) {\n      regionCode from to totalFen approvedStatementsTotalFen\n      byMonth { month totalFen }\n      bySource { fundingSource totalFen }\n      byProvider { providerId totalFen }\n    }\n    providers(filter: { regionCode: $regionCode }, first: 100) { nodes { id name } }\n  }\n": types.SettlementLedgerDocument,
    "\n  query SettlementLedgerExport($regionCode: String!, $from: String!, $to: String!, $format: ExportFormat!) {\n    settlementLedgerExport(regionCode: $regionCode, from: $from, to: $to, format: $format) { fileName contentType contentBase64 }\n  }\n": types.SettlementLedgerExportDocument,
    "\n  query SettlementRulesInForce($regionCode: String!) {\n    settlementRules(regionCode: $regionCode) {\n      regionCode homeBedFundingSource homeBedMonthlySubsidyFen institutionalSupportFundingSource maxTravelKmh shortVisitShareBp\n      supportRates { careLevel monthlyFen }\n    }\n  }\n": types.SettlementRulesInForceDocument,
    "\n  mutation SetSettlementRules($regionPrefix: String!, $input: SettlementRulesInput!) {\n    setSettlementRules(regionPrefix: $regionPrefix, input: $input) { regionCode }\n  }\n": types.SetSettlementRulesDocument,
    "\n  query SettlementStatements($filter: SettlementFilter, $after: String) {\n    settlementStatements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference }\n    }\n  }\n": types.SettlementStatementsDocument,
    "\n  query StatementDetail($id: ID!) {\n    settlementStatement(id: $id) {\n      id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference\n      lines { id lineKind status amountFen basis days elderId orderId adjustsLineId holdReasons decision { accepted note at } }\n      events { action actorRole at fromStatus toStatus note lineId }\n    }\n  }\n": types.StatementDetailDocument,
    "query SettlementProviderNames($filter: ProviderFilter) { providers(filter: $filter, first: 100) { nodes { id name } } }": types.SettlementProviderNamesDocument,
    "mutation GenerateSettlement($providerId: ID!, $month: String!) { generateSettlement(providerId: $providerId, month: $month) { id status } }": types.GenerateSettlementDocument,
    "mutation SubmitSettlement($id: ID!) { submitSettlement(id: $id) { id status submittedAt } }": types.SubmitSettlementDocument,
    "mutation ApproveSettlement($id: ID!) { approveSettlement(id: $id) { id status approvedAt totalFen } }": types.ApproveSettlementDocument,
    "mutation RejectSettlement($id: ID!, $reason: String!) { rejectSettlement(id: $id, reason: $reason) { id status } }": types.RejectSettlementDocument,
    "mutation MarkSettlementPaid($id: ID!, $reference: String!, $paidOn: String!) { markSettlementPaid(id: $id, reference: $reference, paidOn: $paidOn) { id status paidOn paymentReference } }": types.MarkSettlementPaidDocument,
    "mutation DecideSettlementLine($lineId: ID!, $accept: Boolean!, $note: String!) { decideSettlementLine(lineId: $lineId, accept: $accept, note: $note) { id status } }": types.DecideSettlementLineDocument,
    "mutation AddSettlementAdjustment($input: SettlementAdjustmentInput!) { addSettlementAdjustment(input: $input) { id amountFen } }": types.AddSettlementAdjustmentDocument,
    "query SettlementStatementExport($id: ID!, $format: ExportFormat!) { settlementStatementExport(id: $id, format: $format) { fileName contentType contentBase64 } }": types.SettlementStatementExportDocument,
    "\n  query StaffCapacity($id: ID!) {\n    provider(id: $id) {\n      id name kind\n      capacity { category total occupied reserved available version updatedAt monthlyPriceFen }\n    }\n  }\n": types.StaffCapacityDocument,
    "\n  mutation UpdateCapacity($input: UpdateBedCapacityInput!) {\n    updateBedCapacity(input: $input) { providerId category total occupied reserved available version updatedAt monthlyPriceFen }\n  }\n": types.UpdateCapacityDocument,
    "\n  query StaffCaregivers($providerId: ID!) {\n    caregivers(providerId: $providerId) {\n      id displayName qualifiedServices customHours customQualifications\n      workingHours { weekday startTime endTime }\n    }\n    homeBeds(providerId: $providerId) {\n      id elderId status createdAt generatedUntil endedAt endReason plan { weekday time service durationMinutes }\n    }\n    provider(id: $providerId) { id services { kind } }\n    elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } }\n  }\n": types.StaffCaregiversDocument,
    "\n  mutation SetCaregiverProfile($caregiverId: ID!, $input: SetCaregiverProfileInput!) {\n    setCaregiverProfile(caregiverId: $caregiverId, input: $input) { id qualifiedServices customHours customQualifications workingHours { weekday startTime endTime } }\n  }\n": types.SetCaregiverProfileDocument,
    "\n  mutation RegisterHomeBed($input: RegisterHomeBedInput!) {\n    registerHomeBed(input: $input) { homeBed { id status } booked { id } skipped { startsAt service reason } }\n  }\n": types.RegisterHomeBedDocument,
    "mutation EndHomeBed($homeBedId: ID!, $reason: String!) { endHomeBed(homeBedId: $homeBedId, reason: $reason) { id status endedAt } }": types.EndHomeBedDocument,
    "\n  mutation ExtendHomeBedVisits($homeBedId: ID!) { extendHomeBedVisits(homeBedId: $homeBedId) { homeBed { id generatedUntil } booked { id } skipped { startsAt service reason } } }\n": types.ExtendHomeBedVisitsDocument,
    "\n  query StaffOrders($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt priceFen\n        elder { id fullName address }\n        caregiver { id displayName }\n        checkIn { flagged distanceMeters }\n        checkOut { flagged distanceMeters }\n      }\n    }\n  }\n": types.StaffOrdersDocument,
    "subscription StaffOrderChanged($providerId: ID) { homeCareOrderChanged(providerId: $providerId) { id status } }": types.StaffOrderChangedDocument,
    "query StaffCaregiverOptions($providerId: ID!) { caregivers(providerId: $providerId) { id displayName qualifiedServices } }": types.StaffCaregiverOptionsDocument,
    "mutation AssignCaregiver($orderId: ID!, $caregiverId: ID!) { assignCaregiver(orderId: $orderId, caregiverId: $caregiverId) { id status caregiver { id displayName } } }": types.AssignCaregiverDocument,
    "\n  query StaffReservations($filter: BedReservationFilter, $after: String) {\n    bedReservations(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status category expiresAt createdAt admittedAt governmentSupported fromWaitlist elder { id fullName age careLevel } }\n    }\n  }\n": types.StaffReservationsDocument,
    "\n  query StaffWaitlist($providerId: ID!, $category: BedCategory!) {\n    bedWaitlist(providerId: $providerId, category: $category) {\n      id status position requestedAt elder { id fullName age careLevel }\n      offers { id expiresAt outcome }\n    }\n  }\n": types.StaffWaitlistDocument,
    "subscription StaffBedsChanged($providerId: ID!) { bedCapacityChanged(providerId: $providerId) { category available } }": types.StaffBedsChangedDocument,
    "mutation AdmitReservation($reservationId: ID!) { admitReservation(reservationId: $reservationId) { id status admittedAt } }": types.AdmitReservationDocument,
    "mutation ReleaseReservation($reservationId: ID!, $reason: String!) { releaseReservation(reservationId: $reservationId, reason: $reason) { id status } }": types.ReleaseReservationDocument,
    "mutation DischargeResident($reservationId: ID!, $reason: String!) { dischargeResident(reservationId: $reservationId, reason: $reason) { id status } }": types.DischargeResidentDocument,
    "\n  query StaffServices($providerId: ID!) {\n    provider(id: $providerId) { id name regionCode homeCareAutoAssign services { kind priceFen unit durationMinutes } }\n  }\n": types.StaffServicesDocument,
    "\n  query StaffHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n": types.StaffHomeCareRulesDocument,
    "\n  mutation SetProviderServices($providerId: ID!, $services: [ServiceOfferingInput!]!) {\n    setProviderServices(providerId: $providerId, services: $services) { id services { kind priceFen unit durationMinutes } }\n  }\n": types.SetProviderServicesDocument,
    "\n  mutation SetHomeCareAutoAssign($providerId: ID!, $enabled: Boolean!) { setHomeCareAutoAssign(providerId: $providerId, enabled: $enabled) { providerId autoAssign } }\n": types.SetHomeCareAutoAssignDocument,
    "\n  mutation RaiseEmergency($elderId: ID!, $kind: String!, $location: GeoPointInput) {\n    raiseEmergency(elderId: $elderId, kind: $kind, location: $location) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n": types.RaiseEmergencyDocument,
    "\n  subscription EmergencyChanged($id: ID!) {\n    emergencyChanged(id: $id) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n": types.EmergencyChangedDocument,
    "\n  mutation ImportProvidersForTest($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n": types.ImportProvidersForTestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshAccessToken($refreshToken: String!) {\n    refreshAccessToken(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshTokenExpiresAt }\n  }\n"): (typeof documents)["\n  mutation RefreshAccessToken($refreshToken: String!) {\n    refreshAccessToken(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshTokenExpiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): (typeof documents)["mutation Logout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id displayName role providerId regionScope } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id displayName role providerId regionScope } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id displayName phone role providerId regionScope disabledAt createdAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id displayName phone role providerId regionScope disabledAt createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($userId: ID!, $input: ChangeUserRoleInput!) { changeUserRole(userId: $userId, input: $input) { id role providerId regionScope } }\n"): (typeof documents)["\n  mutation ChangeUserRole($userId: ID!, $input: ChangeUserRoleInput!) { changeUserRole(userId: $userId, input: $input) { id role providerId regionScope } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableUser($userId: ID!, $reason: String!) { disableUser(userId: $userId, reason: $reason) { id disabledAt } }"): (typeof documents)["mutation DisableUser($userId: ID!, $reason: String!) { disableUser(userId: $userId, reason: $reason) { id disabledAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { id disabledAt } }"): (typeof documents)["mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { id disabledAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }"): (typeof documents)["mutation ResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedEvents($after: String) {\n    failedEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id eventId eventName handler attempts error occurredAt failedAt payload }\n    }\n  }\n"): (typeof documents)["\n  query FailedEvents($after: String) {\n    failedEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id eventId eventName handler attempts error occurredAt failedAt payload }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryFailedEvent($id: ID!) { retryFailedEvent(id: $id) }"): (typeof documents)["mutation RetryFailedEvent($id: ID!) { retryFailedEvent(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRatingRubric($kind: ProviderKind!) {\n    ratingRubric(kind: $kind) {\n      id kind version publishedAt maxPoints starThresholds\n      sections { code title titleEn items { code title titleEn maxPoints } }\n      prerequisites { star code value description }\n    }\n  }\n"): (typeof documents)["\n  query AdminRatingRubric($kind: ProviderKind!) {\n    ratingRubric(kind: $kind) {\n      id kind version publishedAt maxPoints starThresholds\n      sections { code title titleEn items { code title titleEn maxPoints } }\n      prerequisites { star code value description }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRatingRubric($input: PublishRatingRubricInput!) { publishRatingRubric(input: $input) { id kind version maxPoints } }\n"): (typeof documents)["\n  mutation PublishRatingRubric($input: PublishRatingRubricInput!) { publishRatingRubric(input: $input) { id kind version maxPoints } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCareRulesView {\n    homeCareRules {\n      regionCode geofenceMeters minBookingLeadMinutes cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter\n      noShowGraceMinutes slotStepMinutes travelBufferMinutes minVisitMinutes maxVisitMinutes maxSlotWindowDays homeBedHorizonWeeks\n    }\n  }\n"): (typeof documents)["\n  query HomeCareRulesView {\n    homeCareRules {\n      regionCode geofenceMeters minBookingLeadMinutes cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter\n      noShowGraceMinutes slotStepMinutes travelBufferMinutes minVisitMinutes maxVisitMinutes maxSlotWindowDays homeBedHorizonWeeks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id role displayName providerId regionScope }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanOf($elderId: ID!, $providerId: ID!) {\n    carePlan(elderId: $elderId, providerId: $providerId) { id goals updatedAt tasks { id title service instructions required schedule weekdays } }\n    suggestedCarePlan(elderId: $elderId) { goals tasks { title service instructions required schedule weekdays } }\n  }\n"): (typeof documents)["\n  query CarePlanOf($elderId: ID!, $providerId: ID!) {\n    carePlan(elderId: $elderId, providerId: $providerId) { id goals updatedAt tasks { id title service instructions required schedule weekdays } }\n    suggestedCarePlan(elderId: $elderId) { goals tasks { title service instructions required schedule weekdays } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCarePlan($input: CarePlanInput!) { setCarePlan(input: $input) { id goals updatedAt tasks { id title service instructions required schedule weekdays } } }\n"): (typeof documents)["\n  mutation SetCarePlan($input: CarePlanInput!) { setCarePlan(input: $input) { id goals updatedAt tasks { id title service instructions required schedule weekdays } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareServedElders($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }\n"): (typeof documents)["\n  query CareServedElders($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareElderDevices($elderId: ID!) { elderDevices(elderId: $elderId) { id label createdAt revokedAt } }"): (typeof documents)["query CareElderDevices($elderId: ID!) { elderDevices(elderId: $elderId) { id label createdAt revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CareCreateDevice($elderId: ID!, $label: String!) { createDeviceAccount(elderId: $elderId, label: $label) { loginId secret device { id label } } }\n"): (typeof documents)["\n  mutation CareCreateDevice($elderId: ID!, $label: String!) { createDeviceAccount(elderId: $elderId, label: $label) { loginId secret device { id label } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareRevokeDevice($id: ID!) { revokeDeviceAccount(id: $id) { id revokedAt } }"): (typeof documents)["mutation CareRevokeDevice($id: ID!) { revokeDeviceAccount(id: $id) { id revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareEmergencyAlerts { careAlerts(first: 100) { id kind subjectId elderId createdAt } }"): (typeof documents)["query CareEmergencyAlerts { careAlerts(first: 100) { id kind subjectId elderId createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareEmergency($id: ID!) { emergency(id: $id) { id elderId kind status raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote location { latitude longitude } } }\n"): (typeof documents)["\n  query CareEmergency($id: ID!) { emergency(id: $id) { id elderId kind status raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote location { latitude longitude } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareAcknowledgeEmergency($id: ID!) { acknowledgeEmergency(id: $id) { id status acknowledgedAt } }"): (typeof documents)["mutation CareAcknowledgeEmergency($id: ID!) { acknowledgeEmergency(id: $id) { id status acknowledgedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareResolveEmergency($id: ID!, $note: String!) { resolveEmergency(id: $id, note: $note) { id status resolvedAt resolutionNote } }"): (typeof documents)["mutation CareResolveEmergency($id: ID!, $note: String!) { resolveEmergency(id: $id, note: $note) { id status resolvedAt resolutionNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareIncidents($elderId: ID!) {\n    incidents(filter: { elderId: $elderId }, first: 50) { totalCount nodes { id kind severity serious status occurredAt place description actionsTaken outcome } }\n  }\n"): (typeof documents)["\n  query CareIncidents($elderId: ID!) {\n    incidents(filter: { elderId: $elderId }, first: 50) { totalCount nodes { id kind severity serious status occurredAt place description actionsTaken outcome } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareReportIncident($input: IncidentInput!) { reportIncident(input: $input) { id status } }"): (typeof documents)["mutation CareReportIncident($input: IncidentInput!) { reportIncident(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareStartIncidentReview($id: ID!) { startIncidentReview(id: $id) { id status } }"): (typeof documents)["mutation CareStartIncidentReview($id: ID!) { startIncidentReview(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareCloseIncident($id: ID!, $outcome: String!) { closeIncident(id: $id, outcome: $outcome) { id status outcome } }"): (typeof documents)["mutation CareCloseIncident($id: ID!, $outcome: String!) { closeIncident(id: $id, outcome: $outcome) { id status outcome } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareMedication($elderId: ID!) {\n    medicationOrders(elderId: $elderId) { id drugName dose route timesOfDay startsOn endsOn prescriberNote }\n    medicationAdministrations(elderId: $elderId, first: 200) { id medicationOrderId scheduledAt status reason at }\n  }\n"): (typeof documents)["\n  query CareMedication($elderId: ID!) {\n    medicationOrders(elderId: $elderId) { id drugName dose route timesOfDay startsOn endsOn prescriberNote }\n    medicationAdministrations(elderId: $elderId, first: 200) { id medicationOrderId scheduledAt status reason at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CareSetMedicationOrder($input: MedicationOrderInput!) { setMedicationOrder(input: $input) { id } }\n"): (typeof documents)["\n  mutation CareSetMedicationOrder($input: MedicationOrderInput!) { setMedicationOrder(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CareRecordDose($input: MedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id status } }\n"): (typeof documents)["\n  mutation CareRecordDose($input: MedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareObservations($elderId: ID!) {\n    observations(elderId: $elderId, first: 50) { id observedAt foodIntake fluidMl mood pain nightToileting pulse weightKg bloodGlucose bloodPressure { systolic diastolic } note }\n  }\n"): (typeof documents)["\n  query CareObservations($elderId: ID!) {\n    observations(elderId: $elderId, first: 50) { id observedAt foodIntake fluidMl mood pain nightToileting pulse weightKg bloodGlucose bloodPressure { systolic diastolic } note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CareRecordObservation($input: ObservationInput!) { recordObservation(input: $input) { id } }\n"): (typeof documents)["\n  mutation CareRecordObservation($input: ObservationInput!) { recordObservation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareRatingReadiness($providerId: ID!) {\n    ratingReadiness(providerId: $providerId) {\n      rubricVersion caregiverCount fullyDependentResidentCount occupiedBeds totalBeds roomCount roomsWithOwnBathroomCount incidentsLast12Months\n      lastTotalPoints scoreStars predictedStars failedPrerequisites prerequisites { star code met value required }\n    }\n  }\n"): (typeof documents)["\n  query CareRatingReadiness($providerId: ID!) {\n    ratingReadiness(providerId: $providerId) {\n      rubricVersion caregiverCount fullyDependentResidentCount occupiedBeds totalBeds roomCount roomsWithOwnBathroomCount incidentsLast12Months\n      lastTotalPoints scoreStars predictedStars failedPrerequisites prerequisites { star code met value required }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareEldersAtRisk($providerId: ID!) { eldersAtRisk(providerId: $providerId) { id elderId rule detail recordIds createdAt } }"): (typeof documents)["query CareEldersAtRisk($providerId: ID!) { eldersAtRisk(providerId: $providerId) { id elderId rule detail recordIds createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CareAcknowledgeRisk($id: ID!) { acknowledgeRiskAlert(id: $id) { id acknowledgedAt } }"): (typeof documents)["mutation CareAcknowledgeRisk($id: ID!) { acknowledgeRiskAlert(id: $id) { id acknowledgedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareElderNames($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }"): (typeof documents)["query CareElderNames($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaregiverVisits($filter: HomeCareOrderFilter) {\n    homeCareOrders(filter: $filter, first: 100) {\n      nodes {\n        id status service startsAt endsAt durationMinutes notes\n        elder { id fullName address phone }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        tasks { id title required status note }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaregiverVisits($filter: HomeCareOrderFilter) {\n    homeCareOrders(filter: $filter, first: 100) {\n      nodes {\n        id status service startsAt endsAt durationMinutes notes\n        elder { id fullName address phone }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        tasks { id title required status note }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CaregiverVisitChanged { homeCareOrderChanged { id status } }"): (typeof documents)["subscription CaregiverVisitChanged { homeCareOrderChanged { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($orderId: ID!, $location: GeoPointInput!) {\n    checkInVisit(orderId: $orderId, location: $location) { id status checkIn { at distanceMeters flagged } }\n  }\n"): (typeof documents)["\n  mutation CheckIn($orderId: ID!, $location: GeoPointInput!) {\n    checkInVisit(orderId: $orderId, location: $location) { id status checkIn { at distanceMeters flagged } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOut($orderId: ID!, $location: GeoPointInput!, $notes: String, $tasks: [VisitTaskResultInput!]) {\n    checkOutVisit(orderId: $orderId, location: $location, notes: $notes, tasks: $tasks) { id status checkOut { at distanceMeters flagged } tasks { id status note } }\n  }\n"): (typeof documents)["\n  mutation CheckOut($orderId: ID!, $location: GeoPointInput!, $notes: String, $tasks: [VisitTaskResultInput!]) {\n    checkOutVisit(orderId: $orderId, location: $location, notes: $notes, tasks: $tasks) { id status checkOut { at distanceMeters flagged } tasks { id status note } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitObservation($input: ObservationInput!) {\n    recordObservation(input: $input) { id observedAt foodIntake mood pain }\n  }\n"): (typeof documents)["\n  mutation RecordVisitObservation($input: ObservationInput!) {\n    recordObservation(input: $input) { id observedAt foodIntake mood pain }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderBeds($elderId: ID!) {\n    bedReservations(filter: { elderId: $elderId }, first: 50) {\n      nodes { id status category expiresAt admittedAt createdAt provider { id name } }\n    }\n    elderBedWaitlist(elderId: $elderId) {\n      id status category position requestedAt provider { id name }\n      offers { id expiresAt outcome reservationId }\n    }\n  }\n"): (typeof documents)["\n  query ElderBeds($elderId: ID!) {\n    bedReservations(filter: { elderId: $elderId }, first: 50) {\n      nodes { id status category expiresAt admittedAt createdAt provider { id name } }\n    }\n    elderBedWaitlist(elderId: $elderId) {\n      id status category position requestedAt provider { id name }\n      offers { id expiresAt outcome reservationId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentialProviders {\n    providers(filter: { kinds: [NURSING_HOME] }, first: 100) {\n      nodes { id name capacity { category available } }\n    }\n  }\n"): (typeof documents)["\n  query ResidentialProviders {\n    providers(filter: { kinds: [NURSING_HOME] }, first: 100) {\n      nodes { id name capacity { category available } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ElderWaitlistChanged($elderId: ID!) { bedWaitlistChanged(elderId: $elderId) { id status position } }"): (typeof documents)["subscription ElderWaitlistChanged($elderId: ID!) { bedWaitlistChanged(elderId: $elderId) { id status position } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReserveBed($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt } }"): (typeof documents)["mutation ReserveBed($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JoinWaitlist($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position } }"): (typeof documents)["mutation JoinWaitlist($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveWaitlist($entryId: ID!) { leaveBedWaitlist(entryId: $entryId) { id status } }"): (typeof documents)["mutation LeaveWaitlist($entryId: ID!) { leaveBedWaitlist(entryId: $entryId) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingProvider($id: ID!) {\n    provider(id: $id) { id name address services { kind priceFen unit durationMinutes } }\n  }\n"): (typeof documents)["\n  query BookingProvider($id: ID!) {\n    provider(id: $id) { id name address services { kind priceFen unit durationMinutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookVisit($input: BookHomeCareVisitInput!) {\n    bookHomeCareVisit(input: $input) { id status startsAt priceFen subsidyFen copayFen }\n  }\n"): (typeof documents)["\n  mutation BookVisit($input: BookHomeCareVisitInput!) {\n    bookHomeCareVisit(input: $input) { id status startsAt priceFen subsidyFen copayFen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderDay($elderId: ID!, $from: DateTime!, $to: DateTime!) {\n    homeCareOrders(filter: { elderId: $elderId, from: $from, to: $to }, first: 50) {\n      nodes {\n        id status service startsAt endsAt visitNotes\n        caregiver { id displayName }\n        checkIn { at } checkOut { at }\n        tasks { id title required status note }\n      }\n    }\n    observations(elderId: $elderId, first: 100) {\n      id observedAt foodIntake fluidMl mood pain pulse bloodGlucose weightKg skinProblems nightToileting note orderId\n      bloodPressure { systolic diastolic }\n    }\n    incidents(filter: { elderId: $elderId }, first: 50) {\n      nodes { id kind severity status occurredAt place description actionsTaken outcome }\n    }\n  }\n"): (typeof documents)["\n  query ElderDay($elderId: ID!, $from: DateTime!, $to: DateTime!) {\n    homeCareOrders(filter: { elderId: $elderId, from: $from, to: $to }, first: 50) {\n      nodes {\n        id status service startsAt endsAt visitNotes\n        caregiver { id displayName }\n        checkIn { at } checkOut { at }\n        tasks { id title required status note }\n      }\n    }\n    observations(elderId: $elderId, first: 100) {\n      id observedAt foodIntake fluidMl mood pain pulse bloodGlucose weightKg skinProblems nightToileting note orderId\n      bloodPressure { systolic diastolic }\n    }\n    incidents(filter: { elderId: $elderId }, first: 50) {\n      nodes { id kind severity status occurredAt place description actionsTaken outcome }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ElderDayVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status } }"): (typeof documents)["subscription ElderDayVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchProviders($need: CareNeedInput!) {\n    matchProviders(need: $need, first: 10) {\n      score distanceKm setting bedCategory availableBeds estimatedMonthlyCostFen estimatedSubsidyFen\n      reasons { factor weight value detail }\n      provider {\n        id name kind address phone location { latitude longitude }\n        currentRating { stars }\n        reviewSummary { average count }\n        services { kind priceFen unit durationMinutes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchProviders($need: CareNeedInput!) {\n    matchProviders(need: $need, first: 10) {\n      score distanceKm setting bedCategory availableBeds estimatedMonthlyCostFen estimatedSubsidyFen\n      reasons { factor weight value detail }\n      provider {\n        id name kind address phone location { latitude longitude }\n        currentRating { stars }\n        reviewSummary { average count }\n        services { kind priceFen unit durationMinutes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyGuardianInvitations { myElderGuardianInvitations { id elderName invitedBy createdAt expiresAt } }"): (typeof documents)["query MyGuardianInvitations { myElderGuardianInvitations { id elderName invitedBy createdAt expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptGuardianInvitation($invitationId: ID!) { acceptElderGuardianInvitation(invitationId: $invitationId) { id fullName } }"): (typeof documents)["mutation AcceptGuardianInvitation($invitationId: ID!) { acceptElderGuardianInvitation(invitationId: $invitationId) { id fullName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteGuardian($elderId: ID!, $phone: String!) { addElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }"): (typeof documents)["mutation InviteGuardian($elderId: ID!, $phone: String!) { addElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveGuardian($elderId: ID!, $phone: String!) { removeElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }"): (typeof documents)["mutation RemoveGuardian($elderId: ID!, $phone: String!) { removeElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderStatement($elderId: ID!, $month: String!) {\n    elderStatement(elderId: $elderId, month: $month) {\n      elderId month copayFen bedFeesFen paymentsFen balanceFen\n      lines { kind at description amountFen days orderId reservationId paymentId providerId }\n    }\n  }\n"): (typeof documents)["\n  query ElderStatement($elderId: ID!, $month: String!) {\n    elderStatement(elderId: $elderId, month: $month) {\n      elderId month copayFen bedFeesFen paymentsFen balanceFen\n      lines { kind at description amountFen days orderId reservationId paymentId providerId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElderStatementExport($elderId: ID!, $month: String!, $format: ExportFormat!) {\n    elderStatementExport(elderId: $elderId, month: $month, format: $format) { fileName contentType contentBase64 }\n  }\n"): (typeof documents)["\n  query ElderStatementExport($elderId: ID!, $month: String!, $format: ExportFormat!) {\n    elderStatementExport(elderId: $elderId, month: $month, format: $format) { fileName contentType contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyElders {\n    myElders {\n      id fullName gender birthDate age idNumberMasked regionCode address phone categories verifiedCategories selfCareClass careLevel\n      location { latitude longitude }\n      nextAssessmentDue\n      latestAssessment { id totalScore scoreLevel finalLevel assessedAt dimensionScores { selfCare mobility mentalState perceptionSocial } }\n      subsidy { monthlyAllowanceFen coverageRate basis ruleCode }\n      guardians { userId displayName since }\n    }\n  }\n"): (typeof documents)["\n  query MyElders {\n    myElders {\n      id fullName gender birthDate age idNumberMasked regionCode address phone categories verifiedCategories selfCareClass careLevel\n      location { latitude longitude }\n      nextAssessmentDue\n      latestAssessment { id totalScore scoreLevel finalLevel assessedAt dimensionScores { selfCare mobility mentalState perceptionSocial } }\n      subsidy { monthlyAllowanceFen coverageRate basis ruleCode }\n      guardians { userId displayName since }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName } }\n"): (typeof documents)["\n  mutation CreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateElder($id: ID!, $input: UpdateElderInput!) { updateElder(id: $id, input: $input) { id fullName } }\n"): (typeof documents)["\n  mutation UpdateElder($id: ID!, $input: UpdateElderInput!) { updateElder(id: $id, input: $input) { id fullName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisits($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt durationMinutes priceFen subsidyFen copayFen cancelReason cancelledLate visitNotes\n        elder { id }\n        provider { id name phone }\n        caregiver { id displayName }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        review { stars comment }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVisits($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt durationMinutes priceFen subsidyFen copayFen cancelReason cancelledLate visitNotes\n        elder { id }\n        provider { id name phone }\n        caregiver { id displayName }\n        checkIn { at distanceMeters flagged }\n        checkOut { at distanceMeters flagged }\n        review { stars comment }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status startsAt } }"): (typeof documents)["subscription MyVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status startsAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelVisit($orderId: ID!, $reason: String!) { cancelHomeCareOrder(orderId: $orderId, reason: $reason) { id status } }"): (typeof documents)["mutation CancelVisit($orderId: ID!, $reason: String!) { cancelHomeCareOrder(orderId: $orderId, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleVisit($orderId: ID!, $startsAt: DateTime!) { rescheduleHomeCareOrder(orderId: $orderId, startsAt: $startsAt) { id status startsAt } }"): (typeof documents)["mutation RescheduleVisit($orderId: ID!, $startsAt: DateTime!) { rescheduleHomeCareOrder(orderId: $orderId, startsAt: $startsAt) { id status startsAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewVisit($orderId: ID!, $stars: Int!, $comment: String) { reviewHomeCareOrder(orderId: $orderId, stars: $stars, comment: $comment) { id review { stars comment } } }"): (typeof documents)["mutation ReviewVisit($orderId: ID!, $stars: Int!, $comment: String) { reviewHomeCareOrder(orderId: $orderId, stars: $stars, comment: $comment) { id review { stars comment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitSlots($providerId: ID!, $service: ServiceKind!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int!, $elderId: ID) {\n    availableVisitSlots(providerId: $providerId, service: $service, from: $from, to: $to, durationMinutes: $durationMinutes, elderId: $elderId) {\n      startsAt endsAt freeCaregivers\n    }\n  }\n"): (typeof documents)["\n  query VisitSlots($providerId: ID!, $service: ServiceKind!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int!, $elderId: ID) {\n    availableVisitSlots(providerId: $providerId, service: $service, from: $from, to: $to, durationMinutes: $durationMinutes, elderId: $elderId) {\n      startsAt endsAt freeCaregivers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind title body urgent createdAt readAt }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind title body urgent createdAt readAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) { quietHoursStart quietHoursEnd channels { kind channels } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount { unreadNotificationCount }"): (typeof documents)["query UnreadNotificationCount { unreadNotificationCount }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationAdded { notificationAdded { id kind title body urgent createdAt } }"): (typeof documents)["subscription NotificationAdded { notificationAdded { id kind title body urgent createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionStats($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode elders eldersNotAssessed homeBeds unrated nursingBedShare occupancyRate\n      providersByKind { kind count }\n      beds { category total occupied reserved }\n      starDistribution { stars count }\n      eldersByCareLevel { level count }\n      homeCareOrders { total completed cancelled noShow }\n      extremePoverty { total centralized dependent dependentCentralized dependentCentralizedRate }\n    }\n  }\n"): (typeof documents)["\n  query RegionStats($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode elders eldersNotAssessed homeBeds unrated nursingBedShare occupancyRate\n      providersByKind { kind count }\n      beds { category total occupied reserved }\n      starDistribution { stars count }\n      eldersByCareLevel { level count }\n      homeCareOrders { total completed cancelled noShow }\n      extremePoverty { total centralized dependent dependentCentralized dependentCentralizedRate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportProviders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n"): (typeof documents)["\n  mutation ImportProviders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportElders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importElders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n"): (typeof documents)["\n  mutation ImportElders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importElders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName status progress totalRows processedRows createdRows updatedRows unchangedRows rejectedRows dryRun allOrNothing committed failure createdAt finishedAt\n      errors { row column message }\n    }\n  }\n"): (typeof documents)["\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName status progress totalRows processedRows createdRows updatedRows unchangedRows rejectedRows dryRun allOrNothing committed failure createdAt finishedAt\n      errors { row column message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTemplate($kind: ImportFileKind!) { importTemplate(kind: $kind) { url fileName expiresAt } }"): (typeof documents)["query ImportTemplate($kind: ImportFileKind!) { importTemplate(kind: $kind) { url fileName expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportReport($kind: ReportKind!, $regionCode: String!, $format: ExportFormat!, $from: String, $to: String) {\n    exportReport(kind: $kind, regionCode: $regionCode, format: $format, from: $from, to: $to) { url fileName expiresAt }\n  }\n"): (typeof documents)["\n  mutation ExportReport($kind: ReportKind!, $regionCode: String!, $format: ExportFormat!, $from: String, $to: String) {\n    exportReport(kind: $kind, regionCode: $regionCode, format: $format, from: $from, to: $to) { url fileName expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerElders($filter: ElderFilter, $after: String) {\n    elders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id fullName age gender regionCode idNumberMasked categories verifiedCategories careLevel nextAssessmentDue latestAssessment { totalScore finalLevel assessedAt } }\n    }\n  }\n"): (typeof documents)["\n  query OfficerElders($filter: ElderFilter, $after: String) {\n    elders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id fullName age gender regionCode idNumberMasked categories verifiedCategories careLevel nextAssessmentDue latestAssessment { totalScore finalLevel assessedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: CapabilityAssessmentInput!) {\n    recordCapabilityAssessment(input: $input) { id totalScore scoreLevel finalLevel adjustments nextAssessmentDue dimensionScores { selfCare mobility mentalState perceptionSocial } }\n  }\n"): (typeof documents)["\n  mutation RecordAssessment($input: CapabilityAssessmentInput!) {\n    recordCapabilityAssessment(input: $input) { id totalScore scoreLevel finalLevel adjustments nextAssessmentDue dimensionScores { selfCare mobility mentalState perceptionSocial } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerCreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName verifiedCategories } }\n"): (typeof documents)["\n  mutation OfficerCreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName verifiedCategories } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerLinkElderProvider($elderId: ID!, $providerId: ID!) { linkElderProvider(elderId: $elderId, providerId: $providerId) { id } }\n"): (typeof documents)["\n  mutation OfficerLinkElderProvider($elderId: ID!, $providerId: ID!) { linkElderProvider(elderId: $elderId, providerId: $providerId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerProviderPick($filter: ProviderFilter) { providers(filter: $filter, first: 50) { nodes { id name regionCode } } }\n"): (typeof documents)["\n  query OfficerProviderPick($filter: ProviderFilter) { providers(filter: $filter, first: 50) { nodes { id name regionCode } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks maxSlotWindowDays\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n"): (typeof documents)["\n  query OfficerHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks maxSlotWindowDays\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHomeCareRules($regionPrefix: String!, $input: HomeCareRulesInput!) { setHomeCareRules(regionPrefix: $regionPrefix, input: $input) { regionCode } }\n"): (typeof documents)["\n  mutation SetHomeCareRules($regionPrefix: String!, $input: HomeCareRulesInput!) { setHomeCareRules(regionPrefix: $regionPrefix, input: $input) { regionCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerIncidents($filter: IncidentFilter, $after: String) {\n    incidents(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id kind severity serious status occurredAt place description actionsTaken outcome regionCode providerId elderId\n        events { status fromStatus actorRole at }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerIncidents($filter: IncidentFilter, $after: String) {\n    incidents(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id kind severity serious status occurredAt place description actionsTaken outcome regionCode providerId elderId\n        events { status fromStatus actorRole at }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerProviders($filter: ProviderFilter, $after: String) {\n    providers(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id name kind ownership regionCode address phone serviceRadiusKm acceptsCareLevels dementiaCare\n        location { latitude longitude }\n        currentRating { stars validUntil }\n        capacity { category total occupied available }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerProviders($filter: ProviderFilter, $after: String) {\n    providers(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id name kind ownership regionCode address phone serviceRadiusKm acceptsCareLevels dementiaCare\n        location { latitude longitude }\n        currentRating { stars validUntil }\n        capacity { category total occupied available }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProvider($input: CreateProviderInput!) { createProvider(input: $input) { id name } }"): (typeof documents)["mutation CreateProvider($input: CreateProviderInput!) { createProvider(input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name } }"): (typeof documents)["mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingAssessments($filter: RatingAssessmentFilter, $after: String) {\n    ratingAssessments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status stars totalPoints startedAt publishedAt validUntil provider { id name kind } }\n    }\n  }\n"): (typeof documents)["\n  query RatingAssessments($filter: RatingAssessmentFilter, $after: String) {\n    ratingAssessments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status stars totalPoints startedAt publishedAt validUntil provider { id name kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RatingProviderOptions { providers(first: 100) { nodes { id name kind } } }"): (typeof documents)["query RatingProviderOptions { providers(first: 100) { nodes { id name kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartRating($providerId: ID!, $facts: RatingFactsInput) { startRatingAssessment(providerId: $providerId, facts: $facts) { id } }"): (typeof documents)["mutation StartRating($providerId: ID!, $facts: RatingFactsInput) { startRatingAssessment(providerId: $providerId, facts: $facts) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingDetail($id: ID!) {\n    ratingAssessment(id: $id) {\n      id status stars scoreStars totalPoints rubricVersion failedPrerequisites unscoredItemCodes validUntil\n      provider { id name kind }\n      facts { caregiverCount fullyDependentResidentCount roomCount roomsWithOwnBathroomCount occupiedBeds totalBeds }\n      prerequisiteResults { code star required actual met }\n      scores { itemCode points note }\n      rubric { version maxPoints starThresholds sections { code title maxPoints items { code title maxPoints } } }\n    }\n  }\n"): (typeof documents)["\n  query RatingDetail($id: ID!) {\n    ratingAssessment(id: $id) {\n      id status stars scoreStars totalPoints rubricVersion failedPrerequisites unscoredItemCodes validUntil\n      provider { id name kind }\n      facts { caregiverCount fullyDependentResidentCount roomCount roomsWithOwnBathroomCount occupiedBeds totalBeds }\n      prerequisiteResults { code star required actual met }\n      scores { itemCode points note }\n      rubric { version maxPoints starThresholds sections { code title maxPoints items { code title maxPoints } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScoreRating($assessmentId: ID!, $scores: [RatingItemScoreInput!]!) { scoreRatingItems(assessmentId: $assessmentId, scores: $scores) { id totalPoints unscoredItemCodes } }"): (typeof documents)["mutation ScoreRating($assessmentId: ID!, $scores: [RatingItemScoreInput!]!) { scoreRatingItems(assessmentId: $assessmentId, scores: $scores) { id totalPoints unscoredItemCodes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRatingFacts($assessmentId: ID!, $facts: RatingFactsInput!) { recordRatingFacts(assessmentId: $assessmentId, facts: $facts) { id } }"): (typeof documents)["mutation RecordRatingFacts($assessmentId: ID!, $facts: RatingFactsInput!) { recordRatingFacts(assessmentId: $assessmentId, facts: $facts) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeRating($assessmentId: ID!) { finalizeRatingAssessment(assessmentId: $assessmentId) { id status stars failedPrerequisites validUntil } }"): (typeof documents)["mutation FinalizeRating($assessmentId: ID!) { finalizeRatingAssessment(assessmentId: $assessmentId) { id status stars failedPrerequisites validUntil } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionRiskAlerts($regionCode: String!) {\n    riskAlerts(regionCode: $regionCode) { regionCode openAlerts eldersAtRisk byRule { rule count } }\n    incidents(filter: { regionCode: $regionCode, serious: true, status: [REPORTED, UNDER_REVIEW] }, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query RegionRiskAlerts($regionCode: String!) {\n    riskAlerts(regionCode: $regionCode) { regionCode openAlerts eldersAtRisk byRule { rule count } }\n    incidents(filter: { regionCode: $regionCode, serious: true, status: [REPORTED, UNDER_REVIEW] }, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyRules($regionCode: String!) {\n    subsidyRules(regionCode: $regionCode) {\n      id regionPrefix effectiveFrom\n      rules { id code basis position minAge minCareLevel anyOfCategories monthlyAllowanceFen coverageRate coverageRateBp fundingSource }\n    }\n    ratingSubsidyTiers { kind regionPrefix stars flatMonthlyFen perOccupiedBedMonthlyFen fundingSource }\n  }\n"): (typeof documents)["\n  query SubsidyRules($regionCode: String!) {\n    subsidyRules(regionCode: $regionCode) {\n      id regionPrefix effectiveFrom\n      rules { id code basis position minAge minCareLevel anyOfCategories monthlyAllowanceFen coverageRate coverageRateBp fundingSource }\n    }\n    ratingSubsidyTiers { kind regionPrefix stars flatMonthlyFen perOccupiedBedMonthlyFen fundingSource }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSubsidyRules($input: SetSubsidyRulesInput!) { setSubsidyRules(input: $input) { id regionPrefix effectiveFrom } }\n"): (typeof documents)["\n  mutation SetSubsidyRules($input: SetSubsidyRulesInput!) { setSubsidyRules(input: $input) { id regionPrefix effectiveFrom } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRatingSubsidyTiers($kind: ProviderKind!, $regionPrefix: String!, $tiers: [RatingSubsidyTierInput!]!) {\n    setRatingSubsidyTiers(kind: $kind, regionPrefix: $regionPrefix, tiers: $tiers) { kind regionPrefix stars }\n  }\n"): (typeof documents)["\n  mutation SetRatingSubsidyTiers($kind: ProviderKind!, $regionPrefix: String!, $tiers: [RatingSubsidyTierInput!]!) {\n    setRatingSubsidyTiers(kind: $kind, regionPrefix: $regionPrefix, tiers: $tiers) { kind regionPrefix stars }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementLedger($regionCode: String!, $from: String!, $to: String!) {\n    settlementLedger(regionCode: $regionCode, from: $from, to: $to) {\n      regionCode from to totalFen approvedStatementsTotalFen\n      byMonth { month totalFen }\n      bySource { fundingSource totalFen }\n      byProvider { providerId totalFen }\n    }\n    providers(filter: { regionCode: $regionCode }, first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query SettlementLedger($regionCode: String!, $from: String!, $to: String!) {\n    settlementLedger(regionCode: $regionCode, from: $from, to: $to) {\n      regionCode from to totalFen approvedStatementsTotalFen\n      byMonth { month totalFen }\n      bySource { fundingSource totalFen }\n      byProvider { providerId totalFen }\n    }\n    providers(filter: { regionCode: $regionCode }, first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementLedgerExport($regionCode: String!, $from: String!, $to: String!, $format: ExportFormat!) {\n    settlementLedgerExport(regionCode: $regionCode, from: $from, to: $to, format: $format) { fileName contentType contentBase64 }\n  }\n"): (typeof documents)["\n  query SettlementLedgerExport($regionCode: String!, $from: String!, $to: String!, $format: ExportFormat!) {\n    settlementLedgerExport(regionCode: $regionCode, from: $from, to: $to, format: $format) { fileName contentType contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementRulesInForce($regionCode: String!) {\n    settlementRules(regionCode: $regionCode) {\n      regionCode homeBedFundingSource homeBedMonthlySubsidyFen institutionalSupportFundingSource maxTravelKmh shortVisitShareBp\n      supportRates { careLevel monthlyFen }\n    }\n  }\n"): (typeof documents)["\n  query SettlementRulesInForce($regionCode: String!) {\n    settlementRules(regionCode: $regionCode) {\n      regionCode homeBedFundingSource homeBedMonthlySubsidyFen institutionalSupportFundingSource maxTravelKmh shortVisitShareBp\n      supportRates { careLevel monthlyFen }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSettlementRules($regionPrefix: String!, $input: SettlementRulesInput!) {\n    setSettlementRules(regionPrefix: $regionPrefix, input: $input) { regionCode }\n  }\n"): (typeof documents)["\n  mutation SetSettlementRules($regionPrefix: String!, $input: SettlementRulesInput!) {\n    setSettlementRules(regionPrefix: $regionPrefix, input: $input) { regionCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementStatements($filter: SettlementFilter, $after: String) {\n    settlementStatements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference }\n    }\n  }\n"): (typeof documents)["\n  query SettlementStatements($filter: SettlementFilter, $after: String) {\n    settlementStatements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementDetail($id: ID!) {\n    settlementStatement(id: $id) {\n      id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference\n      lines { id lineKind status amountFen basis days elderId orderId adjustsLineId holdReasons decision { accepted note at } }\n      events { action actorRole at fromStatus toStatus note lineId }\n    }\n  }\n"): (typeof documents)["\n  query StatementDetail($id: ID!) {\n    settlementStatement(id: $id) {\n      id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference\n      lines { id lineKind status amountFen basis days elderId orderId adjustsLineId holdReasons decision { accepted note at } }\n      events { action actorRole at fromStatus toStatus note lineId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementProviderNames($filter: ProviderFilter) { providers(filter: $filter, first: 100) { nodes { id name } } }"): (typeof documents)["query SettlementProviderNames($filter: ProviderFilter) { providers(filter: $filter, first: 100) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateSettlement($providerId: ID!, $month: String!) { generateSettlement(providerId: $providerId, month: $month) { id status } }"): (typeof documents)["mutation GenerateSettlement($providerId: ID!, $month: String!) { generateSettlement(providerId: $providerId, month: $month) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitSettlement($id: ID!) { submitSettlement(id: $id) { id status submittedAt } }"): (typeof documents)["mutation SubmitSettlement($id: ID!) { submitSettlement(id: $id) { id status submittedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveSettlement($id: ID!) { approveSettlement(id: $id) { id status approvedAt totalFen } }"): (typeof documents)["mutation ApproveSettlement($id: ID!) { approveSettlement(id: $id) { id status approvedAt totalFen } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectSettlement($id: ID!, $reason: String!) { rejectSettlement(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectSettlement($id: ID!, $reason: String!) { rejectSettlement(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSettlementPaid($id: ID!, $reference: String!, $paidOn: String!) { markSettlementPaid(id: $id, reference: $reference, paidOn: $paidOn) { id status paidOn paymentReference } }"): (typeof documents)["mutation MarkSettlementPaid($id: ID!, $reference: String!, $paidOn: String!) { markSettlementPaid(id: $id, reference: $reference, paidOn: $paidOn) { id status paidOn paymentReference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideSettlementLine($lineId: ID!, $accept: Boolean!, $note: String!) { decideSettlementLine(lineId: $lineId, accept: $accept, note: $note) { id status } }"): (typeof documents)["mutation DecideSettlementLine($lineId: ID!, $accept: Boolean!, $note: String!) { decideSettlementLine(lineId: $lineId, accept: $accept, note: $note) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddSettlementAdjustment($input: SettlementAdjustmentInput!) { addSettlementAdjustment(input: $input) { id amountFen } }"): (typeof documents)["mutation AddSettlementAdjustment($input: SettlementAdjustmentInput!) { addSettlementAdjustment(input: $input) { id amountFen } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementStatementExport($id: ID!, $format: ExportFormat!) { settlementStatementExport(id: $id, format: $format) { fileName contentType contentBase64 } }"): (typeof documents)["query SettlementStatementExport($id: ID!, $format: ExportFormat!) { settlementStatementExport(id: $id, format: $format) { fileName contentType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCapacity($id: ID!) {\n    provider(id: $id) {\n      id name kind\n      capacity { category total occupied reserved available version updatedAt monthlyPriceFen }\n    }\n  }\n"): (typeof documents)["\n  query StaffCapacity($id: ID!) {\n    provider(id: $id) {\n      id name kind\n      capacity { category total occupied reserved available version updatedAt monthlyPriceFen }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCapacity($input: UpdateBedCapacityInput!) {\n    updateBedCapacity(input: $input) { providerId category total occupied reserved available version updatedAt monthlyPriceFen }\n  }\n"): (typeof documents)["\n  mutation UpdateCapacity($input: UpdateBedCapacityInput!) {\n    updateBedCapacity(input: $input) { providerId category total occupied reserved available version updatedAt monthlyPriceFen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCaregivers($providerId: ID!) {\n    caregivers(providerId: $providerId) {\n      id displayName qualifiedServices customHours customQualifications\n      workingHours { weekday startTime endTime }\n    }\n    homeBeds(providerId: $providerId) {\n      id elderId status createdAt generatedUntil endedAt endReason plan { weekday time service durationMinutes }\n    }\n    provider(id: $providerId) { id services { kind } }\n    elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } }\n  }\n"): (typeof documents)["\n  query StaffCaregivers($providerId: ID!) {\n    caregivers(providerId: $providerId) {\n      id displayName qualifiedServices customHours customQualifications\n      workingHours { weekday startTime endTime }\n    }\n    homeBeds(providerId: $providerId) {\n      id elderId status createdAt generatedUntil endedAt endReason plan { weekday time service durationMinutes }\n    }\n    provider(id: $providerId) { id services { kind } }\n    elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCaregiverProfile($caregiverId: ID!, $input: SetCaregiverProfileInput!) {\n    setCaregiverProfile(caregiverId: $caregiverId, input: $input) { id qualifiedServices customHours customQualifications workingHours { weekday startTime endTime } }\n  }\n"): (typeof documents)["\n  mutation SetCaregiverProfile($caregiverId: ID!, $input: SetCaregiverProfileInput!) {\n    setCaregiverProfile(caregiverId: $caregiverId, input: $input) { id qualifiedServices customHours customQualifications workingHours { weekday startTime endTime } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterHomeBed($input: RegisterHomeBedInput!) {\n    registerHomeBed(input: $input) { homeBed { id status } booked { id } skipped { startsAt service reason } }\n  }\n"): (typeof documents)["\n  mutation RegisterHomeBed($input: RegisterHomeBedInput!) {\n    registerHomeBed(input: $input) { homeBed { id status } booked { id } skipped { startsAt service reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndHomeBed($homeBedId: ID!, $reason: String!) { endHomeBed(homeBedId: $homeBedId, reason: $reason) { id status endedAt } }"): (typeof documents)["mutation EndHomeBed($homeBedId: ID!, $reason: String!) { endHomeBed(homeBedId: $homeBedId, reason: $reason) { id status endedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendHomeBedVisits($homeBedId: ID!) { extendHomeBedVisits(homeBedId: $homeBedId) { homeBed { id generatedUntil } booked { id } skipped { startsAt service reason } } }\n"): (typeof documents)["\n  mutation ExtendHomeBedVisits($homeBedId: ID!) { extendHomeBedVisits(homeBedId: $homeBedId) { homeBed { id generatedUntil } booked { id } skipped { startsAt service reason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrders($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt priceFen\n        elder { id fullName address }\n        caregiver { id displayName }\n        checkIn { flagged distanceMeters }\n        checkOut { flagged distanceMeters }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffOrders($filter: HomeCareOrderFilter, $after: String) {\n    homeCareOrders(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id status service startsAt endsAt priceFen\n        elder { id fullName address }\n        caregiver { id displayName }\n        checkIn { flagged distanceMeters }\n        checkOut { flagged distanceMeters }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StaffOrderChanged($providerId: ID) { homeCareOrderChanged(providerId: $providerId) { id status } }"): (typeof documents)["subscription StaffOrderChanged($providerId: ID) { homeCareOrderChanged(providerId: $providerId) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffCaregiverOptions($providerId: ID!) { caregivers(providerId: $providerId) { id displayName qualifiedServices } }"): (typeof documents)["query StaffCaregiverOptions($providerId: ID!) { caregivers(providerId: $providerId) { id displayName qualifiedServices } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignCaregiver($orderId: ID!, $caregiverId: ID!) { assignCaregiver(orderId: $orderId, caregiverId: $caregiverId) { id status caregiver { id displayName } } }"): (typeof documents)["mutation AssignCaregiver($orderId: ID!, $caregiverId: ID!) { assignCaregiver(orderId: $orderId, caregiverId: $caregiverId) { id status caregiver { id displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffReservations($filter: BedReservationFilter, $after: String) {\n    bedReservations(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status category expiresAt createdAt admittedAt governmentSupported fromWaitlist elder { id fullName age careLevel } }\n    }\n  }\n"): (typeof documents)["\n  query StaffReservations($filter: BedReservationFilter, $after: String) {\n    bedReservations(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id status category expiresAt createdAt admittedAt governmentSupported fromWaitlist elder { id fullName age careLevel } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffWaitlist($providerId: ID!, $category: BedCategory!) {\n    bedWaitlist(providerId: $providerId, category: $category) {\n      id status position requestedAt elder { id fullName age careLevel }\n      offers { id expiresAt outcome }\n    }\n  }\n"): (typeof documents)["\n  query StaffWaitlist($providerId: ID!, $category: BedCategory!) {\n    bedWaitlist(providerId: $providerId, category: $category) {\n      id status position requestedAt elder { id fullName age careLevel }\n      offers { id expiresAt outcome }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StaffBedsChanged($providerId: ID!) { bedCapacityChanged(providerId: $providerId) { category available } }"): (typeof documents)["subscription StaffBedsChanged($providerId: ID!) { bedCapacityChanged(providerId: $providerId) { category available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdmitReservation($reservationId: ID!) { admitReservation(reservationId: $reservationId) { id status admittedAt } }"): (typeof documents)["mutation AdmitReservation($reservationId: ID!) { admitReservation(reservationId: $reservationId) { id status admittedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseReservation($reservationId: ID!, $reason: String!) { releaseReservation(reservationId: $reservationId, reason: $reason) { id status } }"): (typeof documents)["mutation ReleaseReservation($reservationId: ID!, $reason: String!) { releaseReservation(reservationId: $reservationId, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DischargeResident($reservationId: ID!, $reason: String!) { dischargeResident(reservationId: $reservationId, reason: $reason) { id status } }"): (typeof documents)["mutation DischargeResident($reservationId: ID!, $reason: String!) { dischargeResident(reservationId: $reservationId, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffServices($providerId: ID!) {\n    provider(id: $providerId) { id name regionCode homeCareAutoAssign services { kind priceFen unit durationMinutes } }\n  }\n"): (typeof documents)["\n  query StaffServices($providerId: ID!) {\n    provider(id: $providerId) { id name regionCode homeCareAutoAssign services { kind priceFen unit durationMinutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n"): (typeof documents)["\n  query StaffHomeCareRules($regionCode: String!) {\n    homeCareRules(regionCode: $regionCode) {\n      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks\n      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes\n      defaultWorkingHours { weekday startTime endTime }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProviderServices($providerId: ID!, $services: [ServiceOfferingInput!]!) {\n    setProviderServices(providerId: $providerId, services: $services) { id services { kind priceFen unit durationMinutes } }\n  }\n"): (typeof documents)["\n  mutation SetProviderServices($providerId: ID!, $services: [ServiceOfferingInput!]!) {\n    setProviderServices(providerId: $providerId, services: $services) { id services { kind priceFen unit durationMinutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHomeCareAutoAssign($providerId: ID!, $enabled: Boolean!) { setHomeCareAutoAssign(providerId: $providerId, enabled: $enabled) { providerId autoAssign } }\n"): (typeof documents)["\n  mutation SetHomeCareAutoAssign($providerId: ID!, $enabled: Boolean!) { setHomeCareAutoAssign(providerId: $providerId, enabled: $enabled) { providerId autoAssign } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseEmergency($elderId: ID!, $kind: String!, $location: GeoPointInput) {\n    raiseEmergency(elderId: $elderId, kind: $kind, location: $location) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n"): (typeof documents)["\n  mutation RaiseEmergency($elderId: ID!, $kind: String!, $location: GeoPointInput) {\n    raiseEmergency(elderId: $elderId, kind: $kind, location: $location) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmergencyChanged($id: ID!) {\n    emergencyChanged(id: $id) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n"): (typeof documents)["\n  subscription EmergencyChanged($id: ID!) {\n    emergencyChanged(id: $id) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportProvidersForTest($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n"): (typeof documents)["\n  mutation ImportProvidersForTest($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;