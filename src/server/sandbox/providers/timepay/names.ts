/** Indian given names across regions; the flag says whose voice (pitch) the recording uses. */
export const FEMALE_FIRST_NAMES = [
  'Priya', 'Anjali', 'Sunita', 'Kavita', 'Pooja', 'Neha', 'Lakshmi', 'Meena', 'Asha', 'Rekha',
  'Divya', 'Shalini', 'Swati', 'Rupali', 'Nandini', 'Farzana', 'Ayesha', 'Gurpreet', 'Harpreet', 'Sneha',
  'Bhavana', 'Deepa', 'Jyoti', 'Kiran', 'Madhuri', 'Radha', 'Savitri', 'Tanvi', 'Uma', 'Vidya',
  'Aparna', 'Chitra', 'Geeta', 'Ishita', 'Mamta', 'Nisha', 'Padma', 'Revathi', 'Shabana', 'Yamini',
] as const;

export const MALE_FIRST_NAMES = [
  'Rajesh', 'Suresh', 'Amit', 'Rahul', 'Vikram', 'Arjun', 'Sanjay', 'Manoj', 'Ravi', 'Anil',
  'Deepak', 'Karthik', 'Venkatesh', 'Mohammed', 'Imran', 'Harpal', 'Gurdeep', 'Pradeep', 'Ramesh', 'Sunil',
  'Abhishek', 'Ajay', 'Ashok', 'Bharat', 'Dinesh', 'Ganesh', 'Hemant', 'Irfan', 'Jitendra', 'Kamal',
  'Lokesh', 'Mahesh', 'Naveen', 'Omprakash', 'Prakash', 'Rakesh', 'Santosh', 'Trilok', 'Vijay', 'Yogesh',
  'Balaji', 'Subramanian', 'Shankar', 'Debashish', 'Sourav', 'Anirban', 'Faisal', 'Salim', 'Tejas', 'Nikhil',
] as const;

export const LAST_NAMES = [
  'Sharma', 'Verma', 'Gupta', 'Singh', 'Kumar', 'Patel', 'Shah', 'Joshi', 'Mehta', 'Reddy',
  'Rao', 'Nair', 'Menon', 'Iyer', 'Pillai', 'Das', 'Banerjee', 'Chatterjee', 'Mukherjee', 'Ghosh',
  'Khan', 'Ansari', 'Qureshi', 'Shaikh', 'Gill', 'Sandhu', 'Dhillon', 'Yadav', 'Chauhan', 'Thakur',
  'Pandey', 'Mishra', 'Tiwari', 'Dubey', 'Saxena', 'Agarwal', 'Jain', 'Desai', 'Kulkarni', 'Patil',
  'Naidu', 'Gowda', 'Hegde', 'Bose', 'Sen', 'Fernandes', "D'Souza", 'Chaudhary', 'Rathore', 'Bhatt',
] as const;

/** Names recorded in Devanagari only (some campaign uploads are in Hindi). */
export const DEVANAGARI_NAMES = [
  'राजेश कुमार', 'सुनीता देवी', 'अमित शर्मा', 'प्रिया वर्मा', 'रामेश्वर यादव', 'कमला देवी',
  'मनोज तिवारी', 'गीता पांडे', 'संजय मिश्रा', 'पूजा गुप्ता', 'विकास सिंह', 'अनीता चौहान',
] as const;

/** Female names among DEVANAGARI_NAMES (for the recording's voice). */
export const DEVANAGARI_FEMALE = new Set(['सुनीता देवी', 'प्रिया वर्मा', 'कमला देवी', 'गीता पांडे', 'पूजा गुप्ता', 'अनीता चौहान']);

/** Bot personas introducing themselves in transcripts and WhatsApp messages. */
export const BOT_PERSONAS = ['Priya', 'Ananya', 'Riya', 'Neha', 'Kavya'] as const;
