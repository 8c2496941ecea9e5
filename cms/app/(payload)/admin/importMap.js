import { DocumentPanel as DocumentPanel_d8a6384fe34f5afe7823045726c80f55 } from '../../../components/document/DocumentPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RunClosedDayWarning as RunClosedDayWarning_cf30128a79818b05d5d6197bb58bdb4c } from '../../../components/RunClosedDayWarning'
import { RunRowLabel as RunRowLabel_b64b7ff7eac370429779cb4088a0df9f } from '../../../components/rowLabels/RunRowLabel'
import { SessionRowLabel as SessionRowLabel_e3d869d9189792d96ae6c61539a90348 } from '../../../components/rowLabels/SessionRowLabel'
import { ScheduledList as ScheduledList_7c1e252df01490412a5cf2256532a367 } from '../../../components/schedule/ScheduledList'
import { JoinedRowLabel as JoinedRowLabel_7c9f88db049e2cb0019fb51d29884427 } from '../../../components/rowLabels/JoinedRowLabel'
import { PublishOrRequestReview as PublishOrRequestReview_dae9128dae92c5b27cd9e8ab55e62fc7 } from '../../../components/review/PublishOrRequestReview'
import { UploadRules as UploadRules_440a679e03a429ff268e2b73bd661443 } from '../../../components/UploadRules'
import { ReasonsCell as ReasonsCell_b86046f56b5807da43a5e6c0accfa6e9 } from '../../../components/siteBuilds/ReasonsCell'
import { ReasonsField as ReasonsField_692d134623e9a590b6e74577e7cb7936 } from '../../../components/siteBuilds/ReasonsField'
import { DurationCell as DurationCell_e315c8d91aea05371b421c80fc5677c8 } from '../../../components/siteBuilds/DurationCell'
import { DurationField as DurationField_84ddd3ab65ffef62c836c0a2c8e35f47 } from '../../../components/siteBuilds/DurationField'
import { ReviewInbox as ReviewInbox_8d1fb44e98a5da116280c3c7febebc3a } from '../../../components/dashboard/ReviewInbox'
import { LoginIntro as LoginIntro_b0ee71cf1a6a314a8a56144fc2b47000 } from '../../../components/login/LoginIntro'
import { KoreanToasts as KoreanToasts_a26d49447c76780118d9c7ab9766d0dc } from '../../../components/i18n/KoreanToasts'
import { StaffRole as StaffRole_a325dcbed0943503305fa857f79447d5 } from '../../../components/i18n/StaffRole'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/document/DocumentPanel#DocumentPanel": DocumentPanel_d8a6384fe34f5afe7823045726c80f55,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/RunClosedDayWarning#RunClosedDayWarning": RunClosedDayWarning_cf30128a79818b05d5d6197bb58bdb4c,
  "/components/rowLabels/RunRowLabel#RunRowLabel": RunRowLabel_b64b7ff7eac370429779cb4088a0df9f,
  "/components/rowLabels/SessionRowLabel#SessionRowLabel": SessionRowLabel_e3d869d9189792d96ae6c61539a90348,
  "/components/schedule/ScheduledList#ScheduledList": ScheduledList_7c1e252df01490412a5cf2256532a367,
  "/components/rowLabels/JoinedRowLabel#JoinedRowLabel": JoinedRowLabel_7c9f88db049e2cb0019fb51d29884427,
  "/components/review/PublishOrRequestReview#PublishOrRequestReview": PublishOrRequestReview_dae9128dae92c5b27cd9e8ab55e62fc7,
  "/components/UploadRules#UploadRules": UploadRules_440a679e03a429ff268e2b73bd661443,
  "/components/siteBuilds/ReasonsCell#ReasonsCell": ReasonsCell_b86046f56b5807da43a5e6c0accfa6e9,
  "/components/siteBuilds/ReasonsField#ReasonsField": ReasonsField_692d134623e9a590b6e74577e7cb7936,
  "/components/siteBuilds/DurationCell#DurationCell": DurationCell_e315c8d91aea05371b421c80fc5677c8,
  "/components/siteBuilds/DurationField#DurationField": DurationField_84ddd3ab65ffef62c836c0a2c8e35f47,
  "/components/dashboard/ReviewInbox#ReviewInbox": ReviewInbox_8d1fb44e98a5da116280c3c7febebc3a,
  "/components/login/LoginIntro#LoginIntro": LoginIntro_b0ee71cf1a6a314a8a56144fc2b47000,
  "/components/i18n/KoreanToasts#KoreanToasts": KoreanToasts_a26d49447c76780118d9c7ab9766d0dc,
  "/components/i18n/StaffRole#StaffRole": StaffRole_a325dcbed0943503305fa857f79447d5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
