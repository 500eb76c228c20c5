import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default: a lazy chunk or a real sandbox request can take longer on a
// machine whose cores are oversubscribed (npm run test:under-load). A timeout here only ever delays a failure.
configure({ asyncUtilTimeout: 10_000 });
