import { ConsultationPeriods } from './ConsultationPeriods'
import { Holidays } from './Holidays'
import { SiteSettings } from './SiteSettings'
import { TransparencyCriteria } from './TransparencyCriteria'

export const globals = [SiteSettings, TransparencyCriteria, Holidays, ConsultationPeriods]
