/** Meta Cloud API delivery errors as timepay passes them through (PROVIDERS.md, "WhatsApp delivery errors"). */
export interface MetaError {
  code: number;
  title: string;
  message: string;
  details: string;
  /** Relative frequency among failed WhatsApp messages. */
  weight: number;
}

export const META_ERROR_HREF = 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/';

export const META_ERRORS: readonly MetaError[] = [
  {
    code: 131026,
    title: 'Message undeliverable',
    message: 'Message undeliverable',
    details:
      'Unable to deliver message. Reasons can include: The recipient phone number is not a WhatsApp phone number; the recipient has not accepted our new Terms of Service and Privacy Policy; the recipient is using an old WhatsApp version.',
    weight: 32,
  },
  {
    code: 131049,
    title: 'This message was not delivered to maintain healthy ecosystem engagement.',
    message: 'This message was not delivered to maintain healthy ecosystem engagement.',
    details: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
    weight: 15,
  },
  {
    code: 131047,
    title: 'Re-engagement message',
    message: 'Re-engagement message',
    details:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
    weight: 13,
  },
  {
    code: 131042,
    title: 'Business eligibility payment issue',
    message: 'Business eligibility payment issue',
    details: 'Message failed to send because there were one or more errors related to your payment method.',
    weight: 6,
  },
  {
    code: 130429,
    title: 'Rate limit hit',
    message: 'Rate limit hit',
    details:
      'Message failed to send because there were too many messages sent from this phone number in a short period of time.',
    weight: 6,
  },
  {
    code: 131056,
    title: '(Business Account, Consumer Account) pair rate limit hit',
    message: '(Business Account, Consumer Account) pair rate limit hit',
    details:
      'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
    weight: 5,
  },
  {
    code: 131000,
    title: 'Something went wrong',
    message: 'Something went wrong',
    details: 'Message failed to send due to an unknown error.',
    weight: 7,
  },
  {
    code: 131050,
    title: 'User stopped marketing messages',
    message: 'Unable to deliver the marketing message.',
    details:
      'Unable to deliver the marketing message. This can happen if the user has stopped receiving marketing messages from your business.',
    weight: 6,
  },
  {
    code: 131048,
    title: 'Spam rate limit hit',
    message: 'Spam rate limit hit',
    details:
      'Message failed to send because there are restrictions on how many messages can be sent from this phone number. This may be because too many previous messages were blocked or flagged as spam.',
    weight: 4,
  },
  {
    code: 131053,
    title: 'Media upload error',
    message: 'Media upload error',
    details: 'Unable to upload the media used in the message.',
    weight: 2,
  },
  {
    code: 368,
    title: 'Temporarily blocked for policies violations',
    message: 'Temporarily blocked for policies violations',
    details:
      'The WhatsApp Business Account associated with the app has been restricted or disabled for violating a platform policy.',
    weight: 2,
  },
  {
    code: 470,
    title: 'Re-engagement message',
    message:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number',
    details:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
    weight: 2,
  },
];
