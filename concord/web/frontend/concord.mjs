// Concord's one script: marks the page as able to run GOV.UK Frontend's
// components, then starts them. Pages work without it.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
