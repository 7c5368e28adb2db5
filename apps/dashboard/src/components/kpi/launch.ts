/** The lab opened in April 2019: "since launch" starts here (Hong Kong time). */
export const LAB_LAUNCH = new Date("2019-04-01T00:00:00+08:00");
