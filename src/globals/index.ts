import { ConsultationPeriods } from './ConsultationPeriods'
import { HomePage } from './HomePage'
import { Holidays } from './Holidays'
import { SiteSettings } from './SiteSettings'
import { TransparencyCriteria } from './TransparencyCriteria'

export const globals = [SiteSettings, HomePage, TransparencyCriteria, Holidays, ConsultationPeriods]
